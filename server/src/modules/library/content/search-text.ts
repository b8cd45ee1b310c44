/**
 * Library search (`?q=`) without a full-text engine: each version stores a normalised `search_text`
 * (title, body, summary) and a query becomes `LIKE '%q%'` on it. Chinese needs no tokenisation for
 * this: "稳健" is a substring of "稳健理财". Normalisation folds full-width ASCII and case and removes
 * whitespace, so "ＥＴＦ" finds "etf". Library sizes (thousands of rows) make the scan acceptable.
 */

const FULL_WIDTH = /[\uff01-\uff5e]/g;

export function normalizeSearchText(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ')
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/** The escape character used with `LIKE … ESCAPE '!'`; "!" means the same on SQLite and MySQL. */
export const LIKE_ESCAPE = '!';

/** A `%…%` pattern matching the normalised query literally (its own % and _ are escaped). */
export function likeContains(query: string): string {
  return `%${normalizeSearchText(query).replace(/[!%_]/g, (ch) => `${LIKE_ESCAPE}${ch}`)}%`;
}
