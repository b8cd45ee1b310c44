import type { DataSource, EntityManager } from 'typeorm';
import { coalescedRead, inKeys, MAX_COALESCED_KEYS } from './coalesced-read.js';

interface Row {
  client_id: number;
  tag: string;
}

/** A SQLite-typed data source that answers from `rows` by the keys bound last, and records every statement. */
function fakeDatabase(rows: Row[], failOn?: (params: unknown[]) => boolean) {
  const statements: { sql: string; params: unknown[] }[] = [];
  const db = {
    options: { type: 'sqlite' },
    async query(sql: string, params: unknown[]) {
      statements.push({ sql, params });
      if (failOn?.(params)) throw new Error('database down');
      const count = /client_id IN \(([?, ]*)\)/.exec(sql)![1]!.split(',').length;
      const keys = new Set(params.slice(params.length - count));
      return rows.filter((row) => keys.has(row.client_id));
    },
  };
  return { db: db as unknown as DataSource, statements };
}

const ROWS: Row[] = [
  { client_id: 1, tag: 'a' },
  { client_id: 2, tag: 'b' },
  { client_id: 1, tag: 'c' },
  { client_id: 3, tag: 'd' },
];

const read = () => coalescedRead<Row>({ sql: (count, shared) => `SELECT * FROM t WHERE x IN (${shared.map(() => '?').join(', ') || 'NULL'}) AND ${inKeys('client_id', count)}`, keyOf: (row) => row.client_id });

describe('coalescedRead', () => {
  it('should run the reads started in one turn as one statement and give each caller its own rows, in order', async () => {
    const { db, statements } = fakeDatabase(ROWS);
    const tags = read();
    const [one, two, nothing, oneAgain] = await Promise.all([tags(db, 1), tags(db, 2), tags(db, 9), tags(db, 1)]);
    expect(one).toEqual([ROWS[0], ROWS[2]]);
    expect(two).toEqual([ROWS[1]]);
    expect(nothing).toEqual([]);
    expect(oneAgain).toEqual(one);
    // Three keys take a statement of four slots (the first key repeated), so a statement has few texts to prepare.
    expect(statements).toEqual([{ sql: 'SELECT * FROM t WHERE x IN (NULL) AND client_id IN (?, ?, ?, ?)', params: [1, 2, 9, 1] }]);
  });

  it('should keep reads with different shared parameters, or from a later turn, in statements of their own', async () => {
    const { db, statements } = fakeDatabase(ROWS);
    const tags = read();
    const first = await Promise.all([tags(db, 1, ['p']), tags(db, 2, ['q']), tags(db, 3, ['p'])]);
    expect(first.map((rows) => rows.map((r) => r.tag))).toEqual([['a', 'c'], ['b'], ['d']]);
    await tags(db, 2, ['p']);
    expect(statements.map((s) => s.params)).toEqual([['p', 1, 3], ['q', 2], ['p', 2]]);
  });

  it('should reject every caller of a failed statement, and only those', async () => {
    const { db } = fakeDatabase(ROWS, (params) => params[0] === 'down');
    const tags = read();
    const failed = Promise.allSettled([tags(db, 1, ['down']), tags(db, 2, ['down'])]);
    const served = tags(db, 3, ['up']);
    expect((await failed).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await served).toEqual([ROWS[3]]);
  });

  it(`should split a batch of more than ${MAX_COALESCED_KEYS} keys into several statements`, async () => {
    const rows = Array.from({ length: 70 }, (_, i) => ({ client_id: i + 1, tag: `t${i + 1}` }));
    const { db, statements } = fakeDatabase(rows);
    const tags = read();
    const results = await Promise.all(rows.map((row) => tags(db, row.client_id)));
    expect(results).toEqual(rows.map((row) => [row]));
    expect(statements.map((s) => s.params.length)).toEqual([MAX_COALESCED_KEYS, 8]);
  });

  it('should run a read inside a transaction at once, on the transaction', async () => {
    const { db, statements } = fakeDatabase(ROWS);
    const transaction = { connection: db, queryRunner: {} } as unknown as EntityManager;
    const tags = read();
    expect(await tags(transaction, 2)).toEqual([ROWS[1]]);
    expect(statements).toEqual([{ sql: 'SELECT * FROM t WHERE x IN (NULL) AND client_id IN (?)', params: [2] }]);
  });
});
