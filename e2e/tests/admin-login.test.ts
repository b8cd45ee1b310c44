import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { menuEntry, openAdminLogin, signIn, signOut, statCardValue, submitLogin } from '../support/admin.js';
import { ADMIN_VIEWPORT, browserForTest } from '../support/browser.js';
import { useTestServer } from '../support/suite.js';

describe('admin: sign-in', () => {
  const server = useTestServer();

  it('opens at /admin/ and sends a signed-out visitor to the login page', async (t) => {
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await page.goto(`${server().baseUrl}/admin/`);
    await page.waitForURL(/\/admin\/login/);
    await page.getByRole('heading', { name: '登录管理后台' }).waitFor();
    assert.deepEqual(pageErrors, []);
  });

  it('renders the login page with the 价值透镜 brand', async (t) => {
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await openAdminLogin(page, server().baseUrl);
    await page.getByRole('heading', { name: /价值透镜/ }).waitFor();
    assert.equal(await page.getByLabel('用户名').isVisible(), true);
    assert.equal(await page.getByRole('button', { name: '登 录' }).isEnabled(), true);
    assert.match(await page.title(), /价值透镜/);
    assert.deepEqual(pageErrors, []);
  });

  it('shows an inline error for a wrong password and stays on the login page', async (t) => {
    const { page } = await browserForTest(t, ADMIN_VIEWPORT);
    await openAdminLogin(page, server().baseUrl);
    await submitLogin(page, 'compliance2', 'not-the-password');
    const alert = page.getByRole('alert').filter({ hasText: '用户名或密码错误' });
    await alert.waitFor();
    assert.match(page.url(), /\/admin\/login/);
    // The password is cleared so the next attempt starts clean (views/login/use-login.ts).
    assert.equal(await page.getByLabel('密码', { exact: true }).inputValue(), '');
  });

  it('lands an administrator on 工作台 with the seeded demo figures', async (t) => {
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(page, server().baseUrl, 'admin', server().password);
    await page.getByRole('heading', { name: /您好，/ }).waitFor();
    assert.equal(await statCardValue(page, '客户总数'), 3000);
    assert.equal(await statCardValue(page, '投资顾问'), 30);
    assert.equal(await menuEntry(page, '工作台').isVisible(), true);
    assert.equal(await menuEntry(page, '设置').isVisible(), true);
    assert.deepEqual(pageErrors, []);
  });

  it('signs out back to the login page, and the session is gone', async (t) => {
    const { page } = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(page, server().baseUrl, 'hq', server().password);
    await signOut(page, '总部运营·周敏');
    await page.getByRole('heading', { name: '登录管理后台' }).waitFor();
    // A signed-out visitor asking for 工作台 is sent back to the login page.
    await page.goto(`${server().baseUrl}/admin/dashboard`);
    await page.waitForURL(/\/admin\/login\?redirect=/);
  });
});
