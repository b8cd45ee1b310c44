import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientTagDto } from '@/api/portrait-types';
import { fakeServer, ok, writes } from '@/testing/fake-server';
import ClientTagsCard from './ClientTagsCard.vue';

const TAGS: ClientTagDto[] = [{ tagKey: 'security', labelZh: '稳健守护', layer: 'values', source: 'computed', score: 46 }];
const AFTER_ADD: ClientTagDto[] = [...TAGS, { tagKey: 'growth', labelZh: '进取增值', layer: 'values', source: 'manual' }];

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openAddSheet() {
  const wrapper = mount(ClientTagsCard, { props: { clientId: 42, tags: TAGS } });
  await wrapper.find('[data-test="tag-add"]').trigger('click');
  await flushPromises();
  const sheet = wrapper.find('[data-test="tag-sheet"]');
  const preset = sheet.findAll('button').find((button) => button.text().startsWith('进取增值'));
  await preset?.trigger('click');
  return { wrapper, sheet };
}

describe('ClientTagsCard', () => {
  it('should refuse to add a tag without a reason and send nothing', async () => {
    const seen = fakeServer({ 'POST /api/clients/42/tags': ok(AFTER_ADD) });
    const { wrapper, sheet } = await openAddSheet();

    await sheet.trigger('submit');
    await flushPromises();

    expect(sheet.text()).toContain('请填写原因');
    expect(writes(seen)).toEqual([]);
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('should add the picked tag with its reason and hand back the new tag list', async () => {
    const seen = fakeServer({ 'POST /api/clients/42/tags': ok(AFTER_ADD) });
    const { wrapper, sheet } = await openAddSheet();

    await sheet.find('textarea[name="reason"]').setValue('  电话中多次询问成长股  ');
    await sheet.trigger('submit');
    await flushPromises();

    expect(seen.filter((request) => request.key === 'POST /api/clients/42/tags').map((request) => request.body)).toEqual([
      { tagKey: 'growth', reason: '电话中多次询问成长股' },
    ]);
    expect(wrapper.emitted('changed')).toEqual([[AFTER_ADD]]);
  });

  it('should remove a tag only with a reason, sent in the DELETE body', async () => {
    const seen = fakeServer({ 'DELETE /api/clients/42/tags/security': ok([]) });
    const wrapper = mount(ClientTagsCard, { props: { clientId: 42, tags: TAGS } });

    await wrapper.find('[data-test="client-tag"] .van-tag__close').trigger('click');
    await flushPromises();
    const sheet = wrapper.find('[data-test="tag-sheet"]');
    await sheet.trigger('submit');
    await flushPromises();
    expect(writes(seen)).toEqual([]);

    await sheet.find('textarea[name="reason"]').setValue('客户明确表示更看重收益');
    await sheet.trigger('submit');
    await flushPromises();

    expect(seen.filter((request) => request.key.startsWith('DELETE')).map((request) => request.body)).toEqual([{ reason: '客户明确表示更看重收益' }]);
    expect(wrapper.emitted('changed')).toEqual([[[]]]);
  });
});
