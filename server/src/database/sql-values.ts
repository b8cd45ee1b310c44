/**
 * Raw-row conversions shared by the portrait's set-based queries. The two engines hand back different JS types for
 * the same column (MySQL: Date, DECIMAL as string; SQLite: ISO text, numbers), so every raw read goes through these.
 */
export function epochMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    // SQLite stores TypeORM datetimes as 'YYYY-MM-DD HH:MM:SS.SSS' in UTC, without a zone designator.
    const iso = value.includes('T') ? value : `${value.replace(' ', 'T')}Z`;
    return Date.parse(iso);
  }
  return Number.NaN;
}

export function nullableEpochMs(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const ms = epochMs(value);
  return Number.isFinite(ms) ? ms : null;
}

export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

export function nullableNum(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = num(value);
  return Number.isFinite(n) ? n : undefined;
}

/** TINYINT(1) on MySQL, 0/1 on SQLite, true/false when TypeORM already mapped it. */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** JSON columns come back as text (simple-json / SQLite) or already parsed (MySQL JSON type). */
export function jsonValue<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value !== 'string') return value as T;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/** A duplicate key on either engine (SQLite UNIQUE constraint, MySQL ER_DUP_ENTRY). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === 'ER_DUP_ENTRY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}

/**
 * A DATETIME column as epoch milliseconds, computed by the database: converting millions of rows in SQL is far
 * cheaper than building a JS Date (MySQL driver) or parsing text (SQLite) per row. TIMESTAMPDIFF is independent of
 * the session time zone; columns hold UTC on both engines.
 */
export function epochMsSql(dialect: 'mysql' | 'sqlite', column: string): string {
  return dialect === 'mysql'
    ? `(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', ${column}) DIV 1000)`
    : `CAST(ROUND((julianday(${column}) - 2440587.5) * 86400000) AS INTEGER)`;
}

/** TypeORM's SQLite datetime text: UTC 'YYYY-MM-DD HH:MM:SS.SSS', which compares correctly as text. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

/** A Date bound into a raw statement: mysql2 binds a Date itself (sessions run in UTC); SQLite needs its datetime text. */
export function dateParam(dataSource: { options: { type: string } }, date: Date): Date | string {
  return dataSource.options.type === 'mysql' ? date : sqliteDateTime(date);
}
