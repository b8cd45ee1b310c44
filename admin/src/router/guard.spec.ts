import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import type { Role } from '@valuelens/contracts';
import { createHttpClient } from '@/api/http';
import { onSessionLost } from '@/api/interceptors';
import { useSessionStore } from '@/stores/session';
import { makeSession, stubApi, unauthenticated } from '@/test/fake-server';
import { returnToLogin, safeRedirect } from './guard';
import { createAdminRouter } from './index';

let router: Router;
let session: ReturnType<typeof useSessionStore>;

function signedInAs(role: Role): void {
  stubApi({ 'GET /api/auth/me': { status: 200, body: makeSession(role) } });
}

beforeEach(() => {
  setActivePinia(createPinia());
  session = useSessionStore();
  router = createAdminRouter(session, createMemoryHistory('/admin/'));
});

describe('access guard', () => {
  it('should send a signed-out visitor to the login page, remembering the page asked for', async () => {
    stubApi({ 'GET /api/auth/me': unauthenticated });

    await router.push('/settings/org?tab=staff');

    expect(router.currentRoute.value.name).toBe('login');
    expect(router.currentRoute.value.query['redirect']).toBe('/settings/org?tab=staff');
  });

  it('should show the 403 page to a manager opening the approval queue', async () => {
    signedInAs('manager');

    await router.push('/compliance/approvals');

    expect(router.currentRoute.value.name).toBe('forbidden');
    expect(router.currentRoute.value.query['from']).toBe('/compliance/approvals');
  });

  it('should let a compliance officer open the approval queue', async () => {
    signedInAs('compliance');

    await router.push('/compliance/approvals');

    expect(router.currentRoute.value.fullPath).toBe('/compliance/approvals');
  });

  it('should let HQ open the org chart but not the WeCom configuration check', async () => {
    signedInAs('hq');

    await router.push('/settings/org');
    expect(router.currentRoute.value.name).toBe('settings-org');

    await router.push('/settings/wecom');
    expect(router.currentRoute.value.name).toBe('forbidden');
  });

  it('should move a signed-in user away from the login page to where they were heading', async () => {
    signedInAs('admin');

    await router.push('/login?redirect=/settings/wecom');

    expect(router.currentRoute.value.name).toBe('settings-wecom');
  });

  it('should ask the server about the session only once per page load', async () => {
    const { requests } = stubApi({ 'GET /api/auth/me': { status: 200, body: makeSession('admin') } });

    await router.push('/dashboard');
    await router.push('/settings/org');

    expect(requests.filter((request) => request.path === '/api/auth/me')).toHaveLength(1);
  });
});

describe('losing the session', () => {
  it('should clear the session and return to login with the current page when a request answers 401', async () => {
    signedInAs('admin');
    await router.push('/settings/org');
    const client = createHttpClient({ baseUrl: '/api', fetch: (input, init) => globalThis.fetch(input, init) });
    client.useErrorInterceptor(onSessionLost(() => returnToLogin(router, session)));
    stubApi({ 'GET /api/org/departments': { status: 401, body: { code: 'SESSION_EXPIRED', message: '', requestId: 'r' } } });

    await expect(client.get('/org/departments')).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });

    expect(session.isAuthenticated).toBe(false);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('login'));
    expect(router.currentRoute.value.query['redirect']).toBe('/settings/org');
  });
});

describe('safeRedirect', () => {
  it('should follow same-app paths and refuse anything that could leave the app', () => {
    expect(safeRedirect('/clients?page=2')).toBe('/clients?page=2');
    expect(safeRedirect('//evil.example/phish')).toBeNull();
    expect(safeRedirect('https://evil.example')).toBeNull();
    expect(safeRedirect(['/a', '/b'])).toBeNull();
  });
});
