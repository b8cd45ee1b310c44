import type { ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

/**
 * INSERT … ON CONFLICT/ON DUPLICATE KEY UPDATE on both engines, updating only `updateColumns`
 * (so fields other features own, like encrypted PII or risk levels, are never overwritten).
 * `updateEntity(false)`: we never need generated values read back, and reading them back on an
 * update-only conflict fails on SQLite.
 */
export async function upsertRows<T extends ObjectLiteral>(
  repo: Repository<T>,
  rows: QueryDeepPartialEntity<T>[],
  conflictColumns: string[],
  updateColumns: string[],
): Promise<void> {
  if (rows.length === 0) return;
  await repo
    .createQueryBuilder()
    .insert()
    .into(repo.target)
    .values(rows)
    .orUpdate(updateColumns, conflictColumns)
    .updateEntity(false)
    .execute();
}
