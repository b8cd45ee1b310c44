import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeServer, fails, ok } from '@/testing/fake-server';
import { makeProfile } from '@/testing/fixtures';
import ClientPortrait from './ClientPortrait.vue';

const PROFILE_URL = 'GET /api/sidebar/profile?externalUserId=wm+ZHANG%2F1';

beforeEach(() => {
  setActivePinia(createPinia());
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ClientPortrait', () => {
  it('should show the header, the why sentence and the three layers of a followed contact', async () => {
    const seen = fakeServer({ [PROFILE_URL]: ok(makeProfile()), 'GET /api/clients/42/follow-ups': ok([]) });

    const wrapper = mount(ClientPortrait, { props: { externalUserId: 'wm ZHANG/1' } });
    await flushPromises();

    expect(seen.map((request) => request.key)).toContain(PROFILE_URL);
    const text = wrapper.text();
    expect(text).toContain('张伟');
    expect(text).toContain('138****5678');
    expect(text).toContain('测评已过期');
    expect(text).toContain('张伟重视本金安全');
    expect(text).toContain('行为层');
    expect(text).toContain('心理层');
    expect(text).toContain('价值观层');
    expect(text).toContain('123万');
    expect(text).toContain('46%');
    // A manual tag says so.
    expect(wrapper.find('[data-test="client-tag"]').exists()).toBe(true);
    expect(text).toContain('子女教育手动');
  });

  it('should open the numbers behind a trait when it is tapped', async () => {
    fakeServer({ [PROFILE_URL]: ok(makeProfile()), 'GET /api/clients/42/follow-ups': ok([]) });
    const wrapper = mount(ClientPortrait, { props: { externalUserId: 'wm ZHANG/1' } });
    await flushPromises();

    await wrapper.find('[data-test="psychology-trait"]').trigger('click');
    await flushPromises();

    const sheet = wrapper.find('[data-test="evidence-sheet"]');
    expect(sheet.text()).toContain('损失厌恶');
    expect(sheet.text()).toContain('盈利实现比例');
    expect(sheet.text()).toContain('62%');
    expect(sheet.text()).toContain('置信度 80%');
  });

  it('should open the features behind an archetype when it is tapped, named and as shares', async () => {
    fakeServer({ [PROFILE_URL]: ok(makeProfile()), 'GET /api/clients/42/follow-ups': ok([]) });
    const wrapper = mount(ClientPortrait, { props: { externalUserId: 'wm ZHANG/1' } });
    await flushPromises();

    await wrapper.find('[data-test="values-archetype"]').trigger('click');
    await flushPromises();

    const sheet = wrapper.find('[data-test="evidence-sheet"]');
    expect(sheet.text()).toContain('稳健守护');
    expect(sheet.text()).toContain('46%');
    expect(sheet.text()).toContain('低风险产品占比');
    expect(sheet.text()).toContain('34%');
    expect(sheet.text()).toContain('综合得分');
    expect(sheet.text()).not.toContain('low_risk_share');
  });

  it('should say the contact is not on the advisor\'s list on 404', async () => {
    fakeServer({ [PROFILE_URL]: fails(404, 'NOT_FOUND') });

    const wrapper = mount(ClientPortrait, { props: { externalUserId: 'wm ZHANG/1' } });
    await flushPromises();

    expect(wrapper.text()).toContain('该客户不在您的客户列表中');
    expect(document.body.textContent).not.toContain('资源不存在');
  });

  it('should offer a retry after a server error and recover', async () => {
    fakeServer({ [PROFILE_URL]: fails(500, 'INTERNAL_ERROR', { requestId: 'srv-500' }) });
    const wrapper = mount(ClientPortrait, { props: { externalUserId: 'wm ZHANG/1' } });
    await flushPromises();
    expect(wrapper.text()).toContain('srv-500');

    fakeServer({ [PROFILE_URL]: ok(makeProfile()), 'GET /api/clients/42/follow-ups': ok([]) });
    await wrapper.find('button').trigger('click');
    await flushPromises();

    expect(wrapper.text()).toContain('张伟重视本金安全');
  });
});
