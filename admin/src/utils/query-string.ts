import type { QueryValue } from '@/api/http';

/** `a=1&b=x` from a flat query, leaving out empty values (undefined, null, '') so the server applies its defaults. */
export function toQueryString(query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value));
  }
  return params.toString();
}

/**
 * The address of a file download below the API base. Downloads go through a plain navigation rather than fetch,
 * so the browser sends the session cookie and saves the file itself.
 */
export function downloadUrl(path: string, query: Record<string, QueryValue>): string {
  const search = toQueryString(query);
  return `/api${path}${search ? `?${search}` : ''}`;
}
