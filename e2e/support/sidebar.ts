import { type Page } from 'playwright-core';

/**
 * Sidebar demo-mode steps. The demo picker stands in for "an advisor opens the sidebar in a chat";
 * everything after it is the real boot: server session, server-signed agentConfig, @wecom/jssdk over the
 * simulated WeixinJSBridge (sidebar-h5/src/wecom/dev-bridge/).
 */

/**
 * Entry of the sidebar app. `/sidebar/index.html` rather than `/sidebar/` so that a fault in how the server
 * answers the bare folder URL fails one test ("opens at /sidebar/", tests/sidebar-demo.test.ts), not all of them.
 */
export const SIDEBAR_ENTRY_PATH = '/sidebar/index.html';

/** sidebar-h5/src/wecom/dev-bridge/demo-pick.ts */
const PICK_KEY = 'vl.demo.pick';
const FAULTS_KEY = 'vl.demo.bridgeFaults';

export interface BridgeCall {
  name: string;
  params: Record<string, unknown>;
  result: Record<string, unknown> & { err_msg: string };
}

export interface StoredPick {
  userid: string;
  memberName: string;
  chat: { kind: 'contact'; externalUserId: string; name: string } | { kind: 'group'; chatId: string; name: string };
}

export async function openDemoPicker(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}${SIDEBAR_ENTRY_PATH}`);
  await page.getByTestId('demo-member').first().waitFor();
}

/** Picks the first advisor in the list and waits for that advisor's chats; returns the advisor's name. */
export async function pickFirstAdvisor(page: Page): Promise<string> {
  const member = page.getByTestId('demo-member').first();
  const name = (await member.locator('.van-cell__title > span').first().innerText()).trim();
  await member.click();
  // The nav bar now carries the advisor's name, above the chat list.
  await page.locator('.van-nav-bar__title').getByText(name, { exact: true }).waitFor();
  await page.getByTestId('demo-contact').first().waitFor();
  return name;
}

/** Picks the first 1:1 contact of the chosen advisor; returns the contact's name. */
export async function pickFirstContact(page: Page): Promise<string> {
  const contact = page.getByTestId('demo-contact').first();
  const name = (await contact.innerText()).trim();
  await contact.click();
  return name;
}

/** Picks the advisor's first customer group; returns the group's name. */
export async function pickFirstGroup(page: Page): Promise<string> {
  const group = page.getByTestId('demo-group').first();
  const name = (await group.locator('.van-cell__title').innerText()).trim();
  await group.click();
  return name;
}

/** What the simulated client bridge answered, in call order (window.__VL_BRIDGE_CALLS__). */
export function bridgeCalls(page: Page): Promise<BridgeCall[]> {
  return page.evaluate(() => {
    const calls = (window as unknown as { __VL_BRIDGE_CALLS__?: unknown[] }).__VL_BRIDGE_CALLS__ ?? [];
    return JSON.parse(JSON.stringify(calls)) as BridgeCall[];
  });
}

export function storedPick(page: Page): Promise<StoredPick | null> {
  return page.evaluate((key) => JSON.parse(window.sessionStorage.getItem(key) ?? 'null') as StoredPick | null, PICK_KEY);
}

/** Forces JS-API answers of the simulated bridge for the rest of this tab's session (e.g. a bad signature). */
export async function forceBridgeFaults(page: Page, faults: Record<string, string>): Promise<void> {
  await page.evaluate(([key, value]) => window.sessionStorage.setItem(key, value), [FAULTS_KEY, JSON.stringify(faults)] as const);
}
