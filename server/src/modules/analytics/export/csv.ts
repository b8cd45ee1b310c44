/** Excel opens a CSV as UTF-8 (and shows Chinese correctly) only when it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading
 * apostrophe (OWASP "CSV injection"); numbers are written as numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
