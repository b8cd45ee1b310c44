import { invalidParameter } from '../simulated-error.js';

/** Cursor paging as qyapi does it: an opaque cursor (here an offset) and an empty next_cursor on the last page. */
export function pageOf<T>(items: T[], cursor: string | undefined, limit: number | undefined, defaults: { limit: number; max: number }): { items: T[]; next_cursor: string } {
  const size = limit ?? defaults.limit;
  if (!Number.isInteger(size) || size < 1 || size > defaults.max) invalidParameter(`limit must be 1..${defaults.max}`);
  const offset = cursor ? Number.parseInt(Buffer.from(cursor, 'base64url').toString('utf8'), 10) : 0;
  if (!Number.isInteger(offset) || offset < 0) invalidParameter('invalid cursor');
  const end = offset + size;
  return {
    items: items.slice(offset, end),
    next_cursor: end < items.length ? Buffer.from(String(end)).toString('base64url') : '',
  };
}
