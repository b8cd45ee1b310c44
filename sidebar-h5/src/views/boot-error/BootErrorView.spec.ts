import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import BootErrorView from './BootErrorView.vue';

describe('BootErrorView', () => {
  it('should list the signature self-checks', () => {
    const wrapper = mount(BootErrorView, { props: { failure: { kind: 'signature', detail: 'agentConfig:invalid signature' } } });

    const items = wrapper.findAll('li').map((item) => item.text());
    expect(wrapper.text()).toContain('企业微信签名校验失败');
    expect(items.some((item) => item.includes('可信域名'))).toBe(true);
    expect(items.some((item) => item.includes('不含 #'))).toBe(true);
    expect(items.some((item) => item.includes('type=agent_config'))).toBe(true);
    expect(items.some((item) => item.includes('服务器时钟'))).toBe(true);
    expect(wrapper.text()).toContain('agentConfig:invalid signature');
  });

  it('should explain the 客户联系 permission', () => {
    const wrapper = mount(BootErrorView, { props: { failure: { kind: 'no-permission' } } });

    expect(wrapper.text()).toContain('可调用接口的应用');
    expect(wrapper.text()).toContain('客户联系');
  });

  it('should offer a retry on a network failure', async () => {
    const wrapper = mount(BootErrorView, { props: { failure: { kind: 'network' } } });

    await wrapper.find('button').trigger('click');

    expect(wrapper.text()).toContain('网络连接失败');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('should offer a new login when the OAuth code was rejected', async () => {
    const wrapper = mount(BootErrorView, { props: { failure: { kind: 'auth' } } });

    await wrapper.find('button').trigger('click');

    expect(wrapper.emitted('relogin')).toHaveLength(1);
  });
});
