import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, RouterView } from 'vue-router';
import { createAdminRouter } from '@/router';
import { useSessionStore } from '@/stores/session';
import { makeSession, stubApi, unauthenticated, type FakeReply } from '@/test/fake-server';

/** Opens the real login route inside the real router, with the API answering login attempts with `loginReply`. */
async function openLoginPage(loginReply: FakeReply, path = '/login') {
  const api = stubApi({ 'GET /api/auth/me': unauthenticated, 'POST /api/auth/login': loginReply });
  const pinia = createPinia();
  const router = createAdminRouter(useSessionStore(pinia), createMemoryHistory('/admin/'));
  await router.push(path);
  const wrapper = mount(RouterView, { global: { plugins: [pinia, router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router, api };
}

async function signIn(wrapper: Awaited<ReturnType<typeof openLoginPage>>['wrapper'], username: string, password: string) {
  await wrapper.find('input[name="username"]').setValue(username);
  await wrapper.find('input[name="password"]').setValue(password);
  await wrapper.find('form').trigger('submit');
  await vi.waitFor(() => expect(wrapper.find('button[type="submit"]').classes()).not.toContain('is-loading'));
  await flushPromises();
}

describe('login page', () => {
  it('should say when a locked account unlocks', async () => {
    const { wrapper } = await openLoginPage({
      status: 423,
      body: {
        code: 'ACCOUNT_LOCKED',
        message: '登录失败次数过多，账号已临时锁定',
        details: { lockedUntil: '2030-03-04T06:30:00.000Z' },
        requestId: 'req-lock',
      },
    });

    await signIn(wrapper, 'zhangsan', 'wrong-password');

    // 06:30 UTC is 14:30 in Asia/Shanghai (the test time zone, see vite.config.ts).
    expect(wrapper.find('[role="alert"]').text()).toBe(
      '登录失败次数过多，账号已临时锁定，将于 2030-03-04 14:30 自动解锁',
    );
    wrapper.unmount();
  });

  it('should explain wrong credentials and clear the password', async () => {
    const { wrapper, router } = await openLoginPage({
      status: 401,
      body: { code: 'INVALID_CREDENTIALS', message: 'invalid', requestId: 'req-bad' },
    });

    await signIn(wrapper, 'zhangsan', 'wrong-password');

    expect(wrapper.find('[role="alert"]').text()).toBe('用户名或密码错误');
    expect((wrapper.find('input[name="password"]').element as HTMLInputElement).value).toBe('');
    expect(router.currentRoute.value.name).toBe('login');
    wrapper.unmount();
  });

  it('should not call the server when the form is empty', async () => {
    const { wrapper, api } = await openLoginPage({ status: 200, body: makeSession('hq') });

    await wrapper.find('form').trigger('submit');

    // Element Plus shows field errors after a short debounce.
    await vi.waitFor(() => {
      expect(wrapper.text()).toContain('请输入用户名');
      expect(wrapper.text()).toContain('请输入密码');
    });
    expect(api.requests.some((request) => request.path === '/api/auth/login')).toBe(false);
    wrapper.unmount();
  });

  it('should sign in and continue to the page the user was heading for', async () => {
    const { wrapper, router, api } = await openLoginPage(
      { status: 200, body: makeSession('hq') },
      '/login?redirect=/settings/org',
    );

    await signIn(wrapper, ' zhangsan ', 's3cret!');

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/settings/org'));
    expect(api.requests.find((request) => request.path === '/api/auth/login')?.body).toEqual({
      username: 'zhangsan',
      password: 's3cret!',
    });
    wrapper.unmount();
  });
});
