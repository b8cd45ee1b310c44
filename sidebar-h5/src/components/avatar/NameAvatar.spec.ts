import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import NameAvatar from './NameAvatar.vue';

describe('NameAvatar', () => {
  it('should draw the surname on the name\'s tone when there is no photo', () => {
    const wrapper = mount(NameAvatar, { props: { name: '陈松', src: null } });

    expect(wrapper.attributes('data-initial')).toBe('陈');
    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.attributes('style')).toContain('background');
  });

  it('should fall back to the initial when the photo fails to load', async () => {
    const wrapper = mount(NameAvatar, { props: { name: '黄霞', src: 'https://example.invalid/a.png' } });
    expect(wrapper.find('img').exists()).toBe(true);

    await wrapper.find('img').trigger('error');

    expect(wrapper.find('img').exists()).toBe(false);
    expect(wrapper.attributes('data-initial')).toBe('黄');
  });

  it('should keep the initial out of the text beside it', () => {
    const wrapper = mount(NameAvatar, { props: { name: '周丽' } });

    expect(wrapper.text()).toBe('');
  });
});
