import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import DemoModeBar from './DemoModeBar.vue';

describe('DemoModeBar', () => {
  it('should say which advisor and chat the demo plays and offer the way back', async () => {
    const wrapper = mount(DemoModeBar, {
      props: { pick: { userid: 'luokj', memberName: '罗凯建', chat: { kind: 'group', chatId: 'wr1', name: '投资交流群' }, contactIds: [] } },
    });

    expect(wrapper.text()).toContain('罗凯建');
    expect(wrapper.text()).toContain('投资交流群');
    await wrapper.get('button').trigger('click');

    expect(wrapper.get('button').text()).toBe('切换');
    expect(wrapper.emitted('switch')).toHaveLength(1);
  });
});
