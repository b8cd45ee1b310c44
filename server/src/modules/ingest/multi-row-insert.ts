import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { EntityClass } from '../../database/entity-class.js';
import { placeholders } from '../../database/placeholders.js';

export interface MultiRowInsertOptions {
  /** Skip rows that hit a unique key (MySQL INSERT IGNORE, SQLite INSERT OR IGNORE). */
  ignoreDuplicates?: boolean;
}

/**
 * One multi-row INSERT per call, values prepared by the driver exactly as TypeORM would (dates, JSON,
 * booleans), every value a placeholder. For hot paths: the query builder inlines some literals (so each
 * statement is prepared anew) and its per-value bookkeeping costs more than the database here.
 * Returns the number of rows written. Columns with database defaults (generated keys, created/updated
 * timestamps) are left to the database.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityClass,
  rows: QueryDeepPartialEntity<T>[],
  options: MultiRowInsertOptions = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const connection = manager.connection;
  const metadata = connection.getMetadata(entity);
  const driver = connection.driver;
  const columns = metadata.columns.filter((c) => !c.isGenerated && !c.isCreateDate && !c.isUpdateDate);
  const params = rows.flatMap((row) =>
    columns.map((c) => {
      const value = (row as Record<string, unknown>)[c.propertyName];
      return driver.preparePersistentValue(value === undefined ? (c.default ?? null) : value, c) as unknown;
    }),
  );
  const isMysql = driver.options.type === 'mysql';
  const verb = options.ignoreDuplicates ? (isMysql ? 'INSERT IGNORE' : 'INSERT OR IGNORE') : 'INSERT';
  const tuple = `(${placeholders(columns.length)})`;
  const sql = `${verb} INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES ${rows.map(() => tuple).join(', ')}`;
  const ownRunner = manager.queryRunner === undefined;
  const runner = manager.queryRunner ?? connection.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    return result.affected ?? rows.length;
  } finally {
    if (ownRunner) await runner.release();
  }
}
