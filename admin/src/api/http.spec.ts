import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-server';
import { ApiError } from './api-error';
import { createHttpClient } from './http';
import { notifyErrors, onSessionLost } from './interceptors';

/** A client wired like main.ts, collecting what the user would be shown and which sessions were dropped. */
function clientWithRecorders() {
  const toasts: string[] = [];
  const events: string[] = [];
  const client = createHttpClient({ baseUrl: '/api', fetch: (input, init) => globalThis.fetch(input, init) });
  client.useErrorInterceptor(onSessionLost(() => events.push('session-lost')));
  client.useErrorInterceptor(notifyErrors((message) => (toasts.push(message), events.push('toast'))));
  return { client, toasts, events };
}

describe('http client', () => {
  it('should send JSON with the session cookie and drop empty query values', async () => {
    const { requests } = stubApi({ 'POST /api/org/staff-search': { status: 200, body: { total: 0 } } });
    const { client } = clientWithRecorders();

    const answer = await client.post<{ total: number }>(
      '/org/staff-search',
      { q: '王' },
      { query: { page: 2, q: '', departmentId: undefined } },
    );

    expect(answer).toEqual({ total: 0 });
    expect(requests[0]).toMatchObject({ search: '?page=2', body: { q: '王' }, credentials: 'include' });
  });

  it('should show the Chinese message for the error code, not the server wording', async () => {
    stubApi({
      'POST /api/outreach/send': {
        status: 409,
        body: { code: 'SUITABILITY_MISMATCH', message: 'risk C2 < R4', requestId: 'req-1' },
      },
    });
    const { client, toasts } = clientWithRecorders();

    const failure = client.post('/outreach/send', {});

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 409, code: 'SUITABILITY_MISMATCH', requestId: 'req-1' });
    expect(toasts).toEqual(['客户风险等级与内容不匹配（适当性）']);
  });

  it('should show the server message when a validation failure names the offending fields', async () => {
    stubApi({
      'POST /api/library/scripts': {
        status: 400,
        body: {
          code: 'VALIDATION_FAILED',
          message: '标题不能为空',
          details: [{ field: 'title', rule: 'required' }],
          requestId: 'req-2',
        },
      },
    });
    const { client, toasts } = clientWithRecorders();

    await expect(client.post('/library/scripts', {})).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(toasts).toEqual(['标题不能为空']);
  });

  it('should fall back to the generic text for a validation failure without details', async () => {
    stubApi({ 'GET /api/clients': { status: 400, body: { code: 'VALIDATION_FAILED', message: 'bad', requestId: 'r' } } });
    const { client, toasts } = clientWithRecorders();

    await expect(client.get('/clients')).rejects.toThrow();
    expect(toasts).toEqual(['请求参数不正确']);
  });

  it('should add the request id to server faults so support can trace them', async () => {
    stubApi({ 'GET /api/dashboard/summary': { status: 500, body: { code: 'INTERNAL_ERROR', message: 'x', requestId: 'req-9f3' } } });
    const { client, toasts } = clientWithRecorders();

    await expect(client.get('/dashboard/summary')).rejects.toThrow();
    expect(toasts).toEqual(['系统繁忙，请稍后再试（请求编号：req-9f3）']);
  });

  it('should map a gateway page that is not JSON to the generic server error', async () => {
    stubApi({ 'GET /api/dashboard/summary': { status: 502, text: '<html>Bad Gateway</html>' } });
    const { client, toasts } = clientWithRecorders();

    await expect(client.get('/dashboard/summary')).rejects.toMatchObject({ status: 502, code: 'INTERNAL_ERROR' });
    expect(toasts).toEqual(['系统繁忙，请稍后再试']);
  });

  it('should report a network failure in plain words', async () => {
    const toasts: string[] = [];
    const client = createHttpClient({ baseUrl: '/api', fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    client.useErrorInterceptor(notifyErrors((message) => toasts.push(message)));

    await expect(client.get('/dashboard/summary')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(toasts).toEqual(['网络连接失败，请检查网络后重试']);
  });

  it('should drop the session before telling the user when a request answers 401', async () => {
    stubApi({ 'GET /api/clients': { status: 401, body: { code: 'SESSION_EXPIRED', message: '', requestId: 'r' } } });
    const { client, toasts, events } = clientWithRecorders();

    await expect(client.get('/clients')).rejects.toThrow();
    expect(events).toEqual(['session-lost', 'toast']);
    expect(toasts).toEqual(['登录已过期，请重新登录']);
  });

  it('should keep the session and stay quiet for a login attempt the caller presents itself', async () => {
    stubApi({ 'POST /api/auth/login': { status: 401, body: { code: 'INVALID_CREDENTIALS', message: '', requestId: 'r' } } });
    const { client, events } = clientWithRecorders();

    await expect(
      client.post('/auth/login', { username: 'a', password: 'b' }, { silent: true, expectUnauthenticated: true }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(events).toEqual([]);
  });

  it('should neither drop the session nor complain when signing out of a session that had already ended', async () => {
    stubApi({ 'POST /api/auth/logout': { status: 401, body: { code: 'UNAUTHENTICATED', message: '', requestId: 'r' } } });
    const { client, events } = clientWithRecorders();

    await expect(client.post('/auth/logout', undefined, { expectUnauthenticated: true })).rejects.toThrow();
    expect(events).toEqual([]);
  });

  it('should apply request interceptors in the order they were added', async () => {
    const { requests } = stubApi({ 'GET /api/v2/ping': { status: 200, body: {} } });
    const client = createHttpClient({ baseUrl: '/api', fetch: (input, init) => globalThis.fetch(input, init) });
    client.useRequestInterceptor((request) => ({ ...request, path: `/v2${request.path}` }));
    client.useRequestInterceptor((request) => ({ ...request, path: request.path.replace('/v1', '') }));

    await client.get('/ping');

    expect(requests[0]?.path).toBe('/api/v2/ping');
  });
});
