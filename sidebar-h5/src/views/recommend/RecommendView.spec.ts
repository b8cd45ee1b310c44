import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecommendationItemDto } from '@/api/portrait-types';
import { useSessionStore } from '@/stores/session';
import { fakeServer, ok, writes } from '@/testing/fake-server';
import { makeProfile } from '@/testing/fixtures';
import RecommendView from './RecommendView.vue';

const STAFF = { staffId: 7, name: '王顾问', role: 'advisor', departmentId: 3, wecomUserId: 'wangli' } as const;
const SENDABLE: RecommendationItemDto = {
  kind: 'script', id: 11, versionId: 110, title: '回撤期安抚话术', reasonZh: '客户损失厌恶高，当前回撤12%', score: 0.9, variantId: null, materialType: null,
};
const BLOCKED: RecommendationItemDto = {
  kind: 'material', id: 9, versionId: 90, title: '成长基金路演', reasonZh: '匹配进取增值', score: 0.7, variantId: null, materialType: 'article',
  blocked: { code: 'SUITABILITY_MISMATCH', reasonZh: '客户风险等级 C3 低于内容风险等级 R4，不能发送' },
};

beforeEach(() => {
  setActivePinia(createPinia());
  useSessionStore().state = { status: 'ready', me: STAFF, context: { kind: 'contact', externalUserId: 'wmZHANG' }, demo: true };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('RecommendView', () => {
  it('should list recommendations with their reason, blocked ones last with why', async () => {
    fakeServer({
      'GET /api/sidebar/profile?externalUserId=wmZHANG': ok(makeProfile()),
      'GET /api/clients/42/recommendations': ok({ items: [SENDABLE, BLOCKED] }),
    });

    const wrapper = mount(RecommendView);
    await flushPromises();

    const sendable = wrapper.find('[data-test="recommendation"]');
    expect(sendable.text()).toContain('回撤期安抚话术');
    expect(sendable.text()).toContain('推荐理由客户损失厌恶高，当前回撤12%');
    expect(wrapper.find('[data-test="recommendation-blocked"] [data-test="blocked-reason"]').text()).toContain('风险等级 C3 低于内容风险等级 R4');
  });

  it('should explain a blocked item when tapped and request or send nothing', async () => {
    const seen = fakeServer({
      'GET /api/sidebar/profile?externalUserId=wmZHANG': ok(makeProfile()),
      'GET /api/clients/42/recommendations': ok({ items: [SENDABLE, BLOCKED] }),
    });
    const wrapper = mount(RecommendView);
    await flushPromises();

    await wrapper.find('[data-test="recommendation-blocked"]').trigger('click');
    await flushPromises();

    expect(wrapper.find('[data-test="blocked-notice"]').text()).toContain('风险等级 C3 低于内容风险等级 R4');
    expect(wrapper.find('[data-test="send-confirm"]').exists()).toBe(false);
    expect(writes(seen)).toEqual([]);
    expect(window.__VL_BRIDGE_CALLS__ ?? []).toEqual([]);
  });
});
