import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSidebarRouter } from '@/router';
import { useSessionStore } from '@/stores/session';
import { fakeServer, ok, writes } from '@/testing/fake-server';
import { makeAlert } from '@/testing/fixtures';
import FeedView from './FeedView.vue';

const STAFF = { staffId: 7, name: '王顾问', role: 'advisor', departmentId: 3, wecomUserId: 'wangli' } as const;
const FEED_ITEM = {
  id: 301, clientId: 42, clientName: '张伟', staffId: 7, type: 'content_read',
  occurredAt: '2026-11-20T08:00:00.000Z', updatedAt: '2026-11-20T08:03:00.000Z', textZh: '张伟阅读《白酒行业深度》3分12秒', data: {},
};

beforeEach(() => {
  setActivePinia(createPinia());
  // A group chat: the tab shows the advisor's own feed and alerts.
  useSessionStore().state = { status: 'ready', me: STAFF, context: { kind: 'group', chatId: 'wrFAMILY' }, demo: true };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function mountAt(path: string) {
  const router = createSidebarRouter();
  await router.push(path);
  const wrapper = mount(FeedView, { global: { plugins: [router] } });
  await flushPromises();
  return { wrapper, router };
}

describe('FeedView', () => {
  it('should list the advisor\'s feed and open alerts', async () => {
    fakeServer({
      'GET /api/feed?limit=30': ok({ items: [FEED_ITEM], nextBefore: null }),
      'GET /api/alerts?limit=30': ok({ items: [makeAlert(), makeAlert({ id: 6, status: 'handled' })], nextBefore: null }),
    });

    const { wrapper } = await mountAt('/feed');

    expect(wrapper.findAll('[data-test="feed-item"]').map((item) => item.text())).toEqual([expect.stringContaining('3分12秒')]);
    // Handled alerts are not in the to-do list.
    expect(wrapper.findAll('[data-test="alert-item"]')).toHaveLength(1);
    expect(wrapper.find('[data-test="alert-item"]').text()).toContain('24小时内电话回访');
    wrapper.unmount();
  });

  it('should open a deep-linked alert and mark it handled with a note', async () => {
    const seen = fakeServer({
      'GET /api/feed?limit=30': ok({ items: [], nextBefore: null }),
      'GET /api/alerts?limit=30': ok({ items: [makeAlert()], nextBefore: null }),
      'POST /api/alerts/5/seen': ok(makeAlert({ status: 'seen', seenAt: '2026-11-20T09:00:00.000Z' })),
      'POST /api/alerts/5/handle': ok(makeAlert({ status: 'handled', handledAt: '2026-11-20T09:05:00.000Z', handledNote: '已电话回访' })),
    });

    const { wrapper, router } = await mountAt('/alerts/5');

    expect(router.currentRoute.value.path).toBe('/feed');
    const sheet = wrapper.find('[data-test="alert-sheet"]');
    expect(sheet.text()).toContain('阅读产品资料《白酒行业深度》3分0秒');
    expect(sheet.text()).toContain('已查看');
    await sheet.find('textarea').setValue('已电话回访');
    await sheet.find('[data-test="alert-handle"]').trigger('click');
    await flushPromises();

    expect(writes(seen)).toEqual(['POST /api/alerts/5/seen', 'POST /api/alerts/5/handle']);
    expect(seen.find((request) => request.key === 'POST /api/alerts/5/handle')?.body).toEqual({ note: '已电话回访' });
    expect(wrapper.findAll('[data-test="alert-item"]')).toHaveLength(0);
    expect(wrapper.text()).toContain('暂无待处理提醒');
    wrapper.unmount();
  });
});
