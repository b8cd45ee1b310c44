/**
 * How every MySQL connection reads and writes values, shared by the data source and the raw mysql2 pools of worker
 * threads, so a row reads the same whichever connection fetched it: utf8mb4, UTC, DATETIME as Date, BIGINT as a
 * number while it is safe, DECIMAL as text.
 */
export const MYSQL_CLIENT_OPTIONS = {
  charset: 'utf8mb4_unicode_ci',
  timezone: 'Z',
  dateStrings: false,
  supportBigNumbers: true,
  bigNumberStrings: false,
} as const;

/**
 * What a DATABASE_URL's query string sets that TypeORM's URL parser drops: `socketPath`, a server on the same machine
 * reached over its Unix socket (`mysql://user:pass@localhost/db?socketPath=/run/mysqld/mysqld.sock`), which spares
 * both sides the loopback TCP stack on every statement. mysql2 reads the same parameter from the URL itself, so the
 * worker threads' raw pools follow it too.
 */
export function mysqlUrlOptions(url: string | undefined): { socketPath?: string } {
  const socketPath = url ? new URL(url).searchParams.get('socketPath') : null;
  return socketPath ? { socketPath } : {};
}
