import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from './App.vue';
import { createSidebarRouter } from './router';
import { useSessionStore } from './stores/session';
import { CLIENT, makeProfile } from './testing/fixtures';

/*
 * The demo journey through the real app: picker → simulator OAuth code → session → real JS-SDK over the
 * dev bridge → portrait of the picked client. Only the server is faked, with the documented shapes.
 */

type Handler = (body: unknown) => { status: number; body: unknown };

function fakeServer(routes: Record<string, Handler>): string[] {
  const seen: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(input)}`;
    seen.push(key);
    const handler = routes[key];
    const notFound = { status: 404, body: { code: 'NOT_FOUND', requestId: 'srv-x' } };
    const answer = handler ? handler(init?.body ? JSON.parse(String(init.body)) : undefined) : notFound;
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  return seen;
}

const ok = (body: unknown): Handler => () => ({ status: 200, body });
const STAFF = { staffId: 7, name: '王顾问', role: 'advisor', departmentId: 3, wecomUserId: 'wangli' };
const SIGNATURE = { timestamp: 1763700000, nonceStr: 'n0nce', signature: 'c'.repeat(40) };

async function until(assertion: () => void): Promise<void> {
  await vi.waitFor(assertion, { timeout: 3000, interval: 20 });
}

/**
 * Vant's fixed tab bar with a placeholder measures itself again 100, 200 and 300 ms after it mounts
 * (vant/es/composables/use-height.mjs), and unmounting does not cancel those timers. Letting them run before the test
 * ends keeps one from firing after the file's window is gone (an uncaught "window is not defined" on a slow machine).
 */
const vantRemeasures = () => new Promise((resolve) => setTimeout(resolve, 350));

afterEach(() => {
  vi.unstubAllGlobals();
  window.sessionStorage.clear();
});

describe('App in demo mode', () => {
  it('should take a picked advisor and chat to that client\'s portrait', async () => {
    const codes: unknown[] = [];
    const seen = fakeServer({
      'GET /api/config/public': ok({ simulator: true }),
      'GET /api/sim/members': ok([{ userid: 'wangli', name: '王顾问', departmentName: '上海营业部', clientCount: 12 }]),
      'GET /api/sim/members/wangli/chats': ok({
        contacts: [{ externalUserId: 'wmZHANG', name: '张伟', avatar: null }],
        groups: [{ chatId: 'wrFAMILY', name: '家庭理财群', memberCount: 5 }],
      }),
      'GET /api/auth/me': () => ({ status: 401, body: { code: 'UNAUTHENTICATED', requestId: 'srv-1' } }),
      'POST /api/sim/oauth/code': ok({ code: 'SIMCODE1' }),
      'POST /api/auth/wecom/session': (body) => {
        codes.push(body);
        return { status: 200, body: { staff: STAFF, expiresAt: '2026-12-01T00:00:00.000Z', token: 't' } };
      },
      'GET /api/wecom/jssdk/config': ok({
        corpId: 'wwdemocorp',
        agentId: '1000002',
        jsApiList: ['getContext', 'getCurExternalContact', 'getCurExternalChat', 'sendChatMessage'],
      }),
      'POST /api/wecom/jssdk/config-signature': ok(SIGNATURE),
      'POST /api/wecom/jssdk/agent-signature': ok(SIGNATURE),
      'GET /api/sidebar/profile?externalUserId=wmZHANG': ok(makeProfile({ client: { ...CLIENT, riskLevel: 'C4', riskExpiresAt: '2099-01-01T00:00:00.000Z', riskAssessmentExpired: false } })),
      'GET /api/clients/42/follow-ups': ok([]),
    });
    const pinia = createPinia();
    const router = createSidebarRouter();
    const wrapper = mount(App, { global: { plugins: [pinia, router] }, attachTo: document.body });
    void useSessionStore(pinia).start();

    await until(() => expect(wrapper.find('[data-test="demo-member"]').exists()).toBe(true));
    await wrapper.find('[data-test="demo-member"]').trigger('click');
    await until(() => expect(wrapper.find('[data-test="demo-contact"]').exists()).toBe(true));
    await wrapper.find('[data-test="demo-contact"]').trigger('click');

    await until(() => expect(wrapper.text()).toContain('138****5678'));
    expect(wrapper.text()).toContain('画像');
    expect(codes).toEqual([{ code: 'SIMCODE1' }]);
    expect(seen).toContain('POST /api/wecom/jssdk/agent-signature');
    expect(window.__VL_BRIDGE_CALLS__?.map((call) => call.name)).toEqual(['agentConfig', 'getContext', 'getCurExternalContact']);
    expect(JSON.parse(window.sessionStorage.getItem('vl.demo.pick') ?? '{}')).toMatchObject({
      userid: 'wangli',
      chat: { kind: 'contact', externalUserId: 'wmZHANG' },
    });
    wrapper.unmount();
    await vantRemeasures();
  });
});
