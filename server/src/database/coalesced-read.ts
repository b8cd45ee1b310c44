import type { DataSource, EntityManager } from 'typeorm';
import { placeholders } from './placeholders.js';
import { preparedQuery } from './prepared-query.js';

/** Keys one statement takes at most; a larger batch runs as several. */
export const MAX_COALESCED_KEYS = 64;

type Db = DataSource | EntityManager;

export interface CoalescedReadOptions<Row> {
  /**
   * The statement for `count` keys and the batch's shared parameters: the shared parameters' placeholders come first,
   * then the key condition's `IN (` count placeholders `)`.
   */
  sql(count: number, shared: readonly unknown[]): string;
  /** The key a returned row belongs to. */
  keyOf(row: Row): number;
}

interface Waiter<Row> {
  resolve(rows: Row[]): void;
  reject(error: unknown): void;
}

interface Batch<Row> {
  db: Db;
  params: readonly unknown[];
  waiters: Map<number, Waiter<Row>[]>;
}

/** `count` rounded up to a power of two, so a statement has a handful of texts to prepare, not one per batch size. */
function slots(count: number): number {
  let size = 1;
  while (size < count) size *= 2;
  return size;
}

/**
 * A per-key read (a client's tags, sends, open alerts) on a hot path that many requests make at once. The reads that
 * start in the same turn of the event loop, with the same shared parameters, run as one statement `… IN (?, …)` and
 * each caller gets its own key's rows, in the statement's order. Under load that is one round trip (and one wake-up
 * of the database server) for several requests instead of one each; alone, a read waits one turn of the loop.
 *
 * Callers share a batch only when they pass the same shared parameters (a time bound, a caller's scope), so the rows
 * of one key are the same for every caller in it.
 * Reads inside a transaction run at once, on the transaction's own connection.
 */
export function coalescedRead<Row>(options: CoalescedReadOptions<Row>): (db: Db, key: number, params?: readonly unknown[]) => Promise<Row[]> {
  const open = new Map<string, Batch<Row>>();

  const run = async (batch: Batch<Row>): Promise<void> => {
    const keys = [...batch.waiters.keys()];
    for (let start = 0; start < keys.length; start += MAX_COALESCED_KEYS) {
      const chunk = keys.slice(start, start + MAX_COALESCED_KEYS);
      const size = slots(chunk.length);
      const padded = [...chunk, ...Array.from({ length: size - chunk.length }, () => chunk[0])];
      try {
        const rows = await preparedQuery<Row>(batch.db, options.sql(size, batch.params), [...batch.params, ...padded]);
        const byKey = new Map<number, Row[]>();
        for (const row of rows) {
          const key = Number(options.keyOf(row));
          const list = byKey.get(key);
          if (list) list.push(row);
          else byKey.set(key, [row]);
        }
        for (const key of chunk) for (const waiter of batch.waiters.get(key)!) waiter.resolve(byKey.get(key) ?? []);
      } catch (error) {
        for (const key of chunk) for (const waiter of batch.waiters.get(key)!) waiter.reject(error);
      }
    }
  };

  return (db, key, params = []) => {
    if ('queryRunner' in db && db.queryRunner) return preparedQuery<Row>(db, options.sql(1, params), [...params, key]);
    const id = JSON.stringify(params);
    let batch = open.get(id);
    if (!batch || batch.db !== db) {
      const started: Batch<Row> = { db, params, waiters: new Map() };
      batch = started;
      open.set(id, started);
      setImmediate(() => {
        if (open.get(id) === started) open.delete(id);
        void run(started);
      });
    }
    const waiters = batch.waiters;
    return new Promise<Row[]>((resolve, reject) => {
      const list = waiters.get(key);
      if (list) list.push({ resolve, reject });
      else waiters.set(key, [{ resolve, reject }]);
    });
  };
}

/** `column IN (?, …)` for `count` keys, for a coalesced read's statement. */
export const inKeys = (column: string, count: number): string => `${column} IN (${placeholders(count)})`;
