/**
 * Keyset paging cursor for newest-first lists: "<occurredAt epoch ms>_<id>". Stable under inserts (no
 * offsets) and cheap on the (…, occurred_at, id) indexes.
 */
export const CURSOR_PATTERN = /^\d{1,15}_\d{1,12}$/;

export interface Cursor {
  at: Date;
  id: number;
}

export function encodeCursor(at: Date, id: number): string {
  return `${at.getTime()}_${id}`;
}

export function decodeCursor(value: string | undefined): Cursor | null {
  if (!value || !CURSOR_PATTERN.test(value)) return null;
  const [ms, id] = value.split('_');
  return { at: new Date(Number(ms)), id: Number(id) };
}
