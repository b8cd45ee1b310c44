import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientSummary } from '@/api/types';
import ClientPortrait from './ClientPortrait.vue';

const CLIENT: ClientSummary = {
  id: 42,
  name: '张伟',
  avatar: null,
  gender: 'male',
  ageBand: '45-54岁',
  riskLevel: 'C3',
  riskExpiresAt: '2000-01-01T00:00:00.000Z',
  phoneMasked: '138****5678',
  remark: '老客户',
  followedSince: '2024-03-02T02:00:00.000Z',
};

function serverAnswers(status: number, body: unknown): string[] {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    requested.push(String(input));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ClientPortrait', () => {
  it('should show the client header for a followed contact', async () => {
    const requested = serverAnswers(200, CLIENT);

    const wrapper = mount(ClientPortrait, { props: { externalUserId: 'wm ZHANG/1' } });
    await flushPromises();

    expect(requested).toEqual(['/api/clients/by-external/wm%20ZHANG%2F1']);
    expect(wrapper.text()).toContain('张伟');
    expect(wrapper.text()).toContain('138****5678');
    expect(wrapper.text()).toContain('测评已过期');
  });

  it('should say the contact is not on the advisor\'s list on 404', async () => {
    serverAnswers(404, { code: 'NOT_FOUND', message: 'x', requestId: 'srv-1' });

    const wrapper = mount(ClientPortrait, { props: { externalUserId: 'wmOTHER' } });
    await flushPromises();

    expect(wrapper.text()).toContain('该客户不在您的客户列表中');
    expect(document.body.textContent).not.toContain('资源不存在');
  });

  it('should offer a retry after a server error and recover', async () => {
    serverAnswers(500, { code: 'INTERNAL_ERROR', message: 'x', requestId: 'srv-500' });
    const wrapper = mount(ClientPortrait, { props: { externalUserId: 'wmZHANG' } });
    await flushPromises();
    expect(wrapper.text()).toContain('srv-500');

    serverAnswers(200, CLIENT);
    await wrapper.find('button').trigger('click');
    await flushPromises();

    expect(wrapper.text()).toContain('张伟');
  });
});
