import { type Locator, type Page } from 'playwright-core';

/**
 * Admin web page steps, written the way a user sees the screen: labels, roles and visible Chinese text
 * (admin/src/locales/zh-CN.ts is where every string comes from).
 */

export const ADMIN_LOGIN_PATH = '/admin/login';

export async function openAdminLogin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}${ADMIN_LOGIN_PATH}`);
  await page.getByRole('heading', { name: '登录管理后台' }).waitFor();
}

export async function submitLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  // The button text is letter-spaced as "登 录" (zh-CN.ts login.submit).
  await page.getByRole('button', { name: '登 录' }).click();
}

/** Signs in and waits until 工作台 has loaded its figures. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await openAdminLogin(page, baseUrl);
  await submitLogin(page, username, password);
  await page.waitForURL(/\/admin\/dashboard$/);
  await page.getByText('客户总数', { exact: true }).waitFor();
}

export function sideMenu(page: Page): Locator {
  return page.getByRole('menubar');
}

/** A top-level menu entry or section title, matched on its exact visible text. */
export function menuEntry(page: Page, title: string): Locator {
  return sideMenu(page).getByText(title, { exact: true });
}

/** The number on a 工作台 stat card ("3,000" → 3000). */
export async function statCardValue(page: Page, label: string): Promise<number> {
  // StatCard.vue: the label, then the figure in <strong>, then a hint.
  const card = page.locator('.stat-card').filter({ has: page.getByText(label, { exact: true }) });
  const text = await card.locator('strong').innerText();
  const value = Number(text.replace(/[,，\s]/g, ''));
  if (!Number.isFinite(value)) throw new Error(`Stat card "${label}" shows "${text}", not a number`);
  return value;
}

/** Opens the user menu in the top bar (it shows the signed-in name) and picks 退出登录. */
export async function signOut(page: Page, staffName: string): Promise<void> {
  await page.getByRole('button', { name: staffName }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/admin\/login/);
}
