import type { QueryRunner, TableColumnOptions } from 'typeorm';

/** Whether a migration runs on MySQL/MariaDB (for the few statements that differ from SQLite). */
export const isMysql = (q: QueryRunner): boolean => q.connection.driver.options.type === 'mysql';
/** The database's own "now" with milliseconds, as a column default. */
const nowDefault = (q: QueryRunner): string => (isMysql(q) ? 'CURRENT_TIMESTAMP(3)' : "(strftime('%Y-%m-%d %H:%M:%f', 'now'))");

/**
 * Column helpers for migrations so one migration runs unchanged on SQLite and MySQL.
 * Dates are stored as DATETIME(3) in UTC on MySQL and as ISO text on SQLite (TypeORM maps both).
 */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  int: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'int', ...opts }),
  bigint: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'bigint', ...opts }),
  double: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'double', ...opts }),
  varchar: (name: string, length: number, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    ...opts,
  }),
  text: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...opts }),
  /** Large text (MEDIUMTEXT on MySQL: 16 MB) for article bodies and JSON evidence. */
  longText: (q: QueryRunner, name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
    name,
    type: isMysql(q) ? 'mediumtext' : 'text',
    ...opts,
  }),
  /** Binary data up to 16 MB (MEDIUMBLOB on MySQL, BLOB on SQLite), e.g. compressed JSON. */
  blob: (q: QueryRunner, name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
    name,
    type: isMysql(q) ? 'mediumblob' : 'blob',
    ...opts,
  }),
  bool: (name: string, defaultValue: boolean): TableColumnOptions => ({ name, type: 'boolean', default: defaultValue ? 1 : 0 }),
  datetime: (name: string, opts: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', precision: 3, ...opts }),
  createdAt: (q: QueryRunner): TableColumnOptions => ({ name: 'created_at', type: 'datetime', precision: 3, default: nowDefault(q) }),
  updatedAt: (q: QueryRunner): TableColumnOptions => ({ name: 'updated_at', type: 'datetime', precision: 3, default: nowDefault(q) }),
};
