import { vi } from 'vitest';

/*
 * Test-only: stands in for the server behind `fetch`, answering documented shapes per "METHOD /path?query".
 * Every request is recorded with its parsed body, so tests assert what reached the server.
 */

export interface FakeAnswer {
  status: number;
  body: unknown;
}

export type FakeHandler = (body: unknown) => FakeAnswer;

export interface RecordedRequest {
  key: string;
  body: unknown;
}

export const ok = (body: unknown): FakeHandler => () => ({ status: 200, body });

export const fails = (status: number, code: string, extra: Record<string, unknown> = {}): FakeHandler => () => ({
  status,
  body: { code, message: code, requestId: 'srv-test', ...extra },
});

export function fakeServer(routes: Record<string, FakeHandler>): RecordedRequest[] {
  const seen: RecordedRequest[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    const body = init?.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    seen.push({ key, body });
    const handler = routes[key];
    const answer = handler ? handler(body) : { status: 404, body: { code: 'NOT_FOUND', message: key, requestId: 'srv-404' } };
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  return seen;
}

/** Keys of the requests that changed something (anything but GET). */
export function writes(seen: RecordedRequest[]): string[] {
  return seen.map((request) => request.key).filter((key) => !key.startsWith('GET '));
}
