import type { QueryRunner, TableIndex } from 'typeorm';
import { isMysql } from './columns.js';

/**
 * Replaces one index of `table` by another on SQLite only: for partial indexes (`where`), which MySQL does not
 * have, so a MySQL schema keeps the full index. A migration's `up` swaps one way and its `down` the other.
 */
export async function swapIndexOnSqlite(q: QueryRunner, table: string, from: TableIndex, to: TableIndex): Promise<void> {
  if (isMysql(q)) return;
  await q.dropIndex(table, from.name!);
  await q.createIndex(table, to);
}
