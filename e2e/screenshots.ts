/**
 * `npm run screenshots -w e2e`: captures the main screens of both apps from a freshly seeded demo server
 * into docs/screenshots/ (sidebar at 375×667, admin at 1440×900). Needs the built apps (`npm run build`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openAdminLogin, signIn } from './support/admin.js';
import { ADMIN_VIEWPORT, openBrowser, SIDEBAR_VIEWPORT } from './support/browser.js';
import { REPO_ROOT, startServer, type TestServer } from './support/server.js';
import { forceBridgeFaults, openDemoPicker, pickFirstAdvisor, pickFirstContact, pickFirstGroup } from './support/sidebar.js';

const OUTPUT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

async function capture(page: Page, name: string): Promise<void> {
  // Web fonts and lazy images settle before the frame is taken; animations are frozen at their end state.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  process.stdout.write(`  ${path}\n`);
}

async function sidebarScreens(server: TestServer): Promise<void> {
  const browser = await openBrowser(SIDEBAR_VIEWPORT);
  try {
    const { page } = browser;
    await openDemoPicker(page, server.baseUrl);
    await capture(page, 'sidebar-picker');

    await pickFirstAdvisor(page);
    await pickFirstContact(page);
    await page.getByText(/^手机 1\d{2}\*{4}\d{4}$/).waitFor();
    await capture(page, 'sidebar-profile');

    await page.getByText('切换', { exact: true }).click();
    await pickFirstAdvisor(page);
    await pickFirstGroup(page);
    await page.getByText('群内客户', { exact: true }).waitFor();
    await capture(page, 'sidebar-group');

    await page.getByText('切换', { exact: true }).click();
    await page.getByTestId('demo-member').first().waitFor();
    await forceBridgeFaults(page, { agentConfig: 'invalid signature' });
    await pickFirstAdvisor(page);
    await pickFirstContact(page);
    await page.getByText('企业微信签名校验失败', { exact: true }).waitFor();
    await capture(page, 'sidebar-signature-error');
  } finally {
    await browser.close();
  }
}

async function adminScreens(server: TestServer): Promise<void> {
  const browser = await openBrowser(ADMIN_VIEWPORT);
  try {
    const { page } = browser;
    await openAdminLogin(page, server.baseUrl);
    await capture(page, 'admin-login');

    await signIn(page, server.baseUrl, 'admin', server.password);
    await capture(page, 'admin-dashboard');

    await page.goto(`${server.baseUrl}/admin/settings/org`);
    await page.getByRole('tree').getByText('深圳分公司', { exact: true }).waitFor();
    await page.getByRole('row').nth(1).waitFor();
    await capture(page, 'admin-org');

    await page.goto(`${server.baseUrl}/admin/settings/wecom`);
    await page.getByText(/^共 \d+ 项检查/).waitFor();
    await capture(page, 'admin-wecom-check');
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const server = await startServer();
  try {
    await sidebarScreens(server);
    await adminScreens(server);
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
