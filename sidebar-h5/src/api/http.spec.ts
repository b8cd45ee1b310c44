import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { createHttpClient, reloginOnUnauthenticated, toastErrors, withRequestId, type HttpClient } from './http';

interface Harness {
  client: HttpClient;
  toasts: string[];
  relogins: number;
  sent: Array<{ url: string; init: RequestInit }>;
}

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

function harness(answer: () => Response | Promise<Response>): Harness {
  const state = { toasts: [] as string[], relogins: 0, sent: [] as Array<{ url: string; init: RequestInit }> };
  const client = createHttpClient({
    fetch: async (input, init) => {
      state.sent.push({ url: String(input), init: init ?? {} });
      return answer();
    },
    requestInterceptors: [withRequestId(() => 'h5-test-request-1')],
    errorInterceptors: [reloginOnUnauthenticated(() => state.relogins++), toastErrors((message) => state.toasts.push(message))],
  });
  return {
    client,
    get toasts() {
      return state.toasts;
    },
    get relogins() {
      return state.relogins;
    },
    sent: state.sent,
  };
}

describe('http client', () => {
  it('should show the Chinese message for the error code the server sent', async () => {
    const h = harness(() => jsonResponse(409, { code: 'SUITABILITY_MISMATCH', message: 'mismatch', requestId: 'srv-123456' }));

    const error = await h.client.post('/api/outreach/send', { clientId: 1 }).catch((e: unknown) => e);

    expect(h.toasts).toEqual(['客户风险等级与内容不匹配（适当性）']);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'SUITABILITY_MISMATCH', requestId: 'srv-123456' });
  });

  it('should fall back to the generic message for a code the app does not know yet', async () => {
    const h = harness(() => jsonResponse(409, { code: 'SOME_FUTURE_CODE', message: 'x', requestId: 'srv-1' }));

    await expect(h.client.get('/api/x')).rejects.toMatchObject({ code: 'SOME_FUTURE_CODE' });

    expect(h.toasts).toEqual(['系统繁忙，请稍后再试']);
  });

  it('should map a gateway error without a JSON body by its status', async () => {
    const h = harness(() => new Response('<html>Bad Gateway</html>', { status: 503, headers: { 'content-type': 'text/html' } }));

    await expect(h.client.get('/api/x')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE', requestId: 'h5-test-request-1' });

    expect(h.toasts).toEqual(['服务暂不可用']);
  });

  it('should report an unreachable server as a network error', async () => {
    const h = harness(() => Promise.reject(new TypeError('Failed to fetch')));

    await expect(h.client.get('/api/x')).rejects.toMatchObject({ kind: 'network' });

    expect(h.toasts).toEqual(['网络连接失败，请检查网络后重试']);
  });

  it('should not toast when the caller renders its own error state', async () => {
    const h = harness(() => jsonResponse(404, { code: 'NOT_FOUND', message: 'x', requestId: 'srv-1' }));

    await expect(h.client.get('/api/clients/by-external/wm1', { toast: false })).rejects.toMatchObject({ isNotFound: true });

    expect(h.toasts).toEqual([]);
  });

  it('should ask for a new login on 401 unless the request opted out', async () => {
    const h = harness(() => jsonResponse(401, { code: 'SESSION_EXPIRED', message: 'x', requestId: 'srv-1' }));

    await h.client.get('/api/a').catch(() => undefined);
    await h.client.get('/api/auth/me', { relogin: false, toast: false }).catch(() => undefined);

    expect(h.relogins).toBe(1);
    expect(h.toasts).toEqual(['登录已过期，请重新登录']);
  });

  it('should send JSON with the session cookie and a request id the server accepts', async () => {
    const h = harness(() => jsonResponse(200, { ok: true }));

    const result = await h.client.post<{ ok: boolean }>('/api/auth/wecom/session', { code: 'abc' }, { query: { a: 1, b: undefined } });

    expect(result).toEqual({ ok: true });
    const [request] = h.sent;
    expect(request?.url).toBe('/api/auth/wecom/session?a=1');
    expect(request?.init.credentials).toBe('include');
    expect(request?.init.body).toBe('{"code":"abc"}');
    const headers = request?.init.headers as Record<string, string>;
    expect(headers['Content-Type']).toBe('application/json');
    expect(headers['X-Request-Id']).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  });
});
