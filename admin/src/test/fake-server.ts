import { vi } from 'vitest';
import type { Role } from '@valuelens/contracts';
import type { AuthSession } from '@/api/types';

export interface FakeReply {
  status: number;
  body?: unknown;
  /** Raw body text, for answers that are not JSON (a proxy's HTML error page). */
  text?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  search: string;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

type Handler = FakeReply | ((request: RecordedRequest) => FakeReply);

/**
 * Replaces the global fetch with a tiny in-memory API keyed by "METHOD /path". Unknown routes answer 404 with the
 * server's error body, like the real one.
 */
export function stubApi(routes: Record<string, Handler>): { requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://admin.test');
    const request: RecordedRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      search: url.search,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
      credentials: init.credentials,
    };
    requests.push(request);
    const handler = routes[`${request.method} ${request.path}`];
    const reply: FakeReply = !handler
      ? { status: 404, body: { code: 'NOT_FOUND', message: '资源不存在', requestId: 'req-404' } }
      : typeof handler === 'function'
        ? handler(request)
        : handler;
    const text = reply.text ?? (reply.body === undefined ? null : JSON.stringify(reply.body));
    return new Response(text, { status: reply.status, headers: { 'Content-Type': 'application/json' } });
  });
  return { requests };
}

export function makeSession(role: Role, overrides: Partial<AuthSession['staff']> = {}): AuthSession {
  return {
    staff: { staffId: 1, name: '王晓明', role, departmentId: 10, ...overrides },
    expiresAt: '2030-01-01T00:00:00.000Z',
  };
}

export const unauthenticated: FakeReply = {
  status: 401,
  body: { code: 'UNAUTHENTICATED', message: '请先登录', requestId: 'req-401' },
};
