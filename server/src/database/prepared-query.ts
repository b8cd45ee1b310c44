import type { DataSource, EntityManager } from 'typeorm';

type Executor = (sql: string, parameters: readonly unknown[], done: (error: Error | null, rows: unknown) => void) => void;

/** Prepared statements each pooled MySQL connection keeps (least recently used go first), well under the server's limit. */
export const MYSQL_PREPARED_STATEMENTS_PER_CONNECTION = 64;

/**
 * A fixed, parameterised read on a hot path (every request, every profile view). On MySQL it runs as a server-side
 * prepared statement over the binary protocol: the server parses it once per connection and rows decode without
 * text parsing, about a quarter less CPU per statement on both sides. SQLite's driver already prepares and caches
 * every statement, so there it is a plain query. Only for SQL with a bounded number of texts: each distinct text is
 * prepared on every pooled connection that runs it.
 */
export async function preparedQuery<T>(db: DataSource | EntityManager, sql: string, parameters: readonly unknown[]): Promise<T[]> {
  const dataSource = 'connection' in db ? db.connection : db;
  const pool = dataSource.options.type === 'mysql' ? (dataSource.driver as unknown as { pool?: { execute?: Executor } }).pool : undefined;
  const execute = pool?.execute?.bind(pool);
  if (!execute) return dataSource.query<T[]>(sql, [...parameters]);
  return new Promise<T[]>((resolve, reject) => execute(sql, parameters, (error, rows) => (error ? reject(error) : resolve(rows as T[]))));
}
