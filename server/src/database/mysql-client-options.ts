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
