import { type Page } from 'playwright-core';
import {
  articleFields,
  createApprovedContent,
  highRiskProductFields,
  scriptFields,
  signInAdvisor,
  signInAs,
  type ApiSession,
  type ApprovedContent,
} from './api.js';
import { bridgeCalls, openDemoPicker, pickFirstAdvisor, pickFirstContact, pickFirstGroup, storedPick, type BridgeCall } from './sidebar.js';

/**
 * Steps for the sidebar's feature tabs (画像 / 推荐 / 动态 / 任务), written as the advisor sees them:
 * tab labels, section titles and button texts from sidebar-h5/src/locales/zh-CN.ts.
 */

export interface SidebarWorld {
  article: ApprovedContent;
  /** R5 product material: every client below C5 is unsuitable (适当性). */
  highRisk: ApprovedContent;
  script: ApprovedContent;
  hq: ApiSession;
}

/** HQ writes and compliance approves one article, one R5 product material and one script. */
export async function seedLibrary(baseUrl: string, password: string): Promise<SidebarWorld> {
  const hq = await signInAs(baseUrl, 'hq', password);
  const compliance = await signInAs(baseUrl, 'compliance', password);
  return {
    hq,
    article: await createApprovedContent(hq, compliance, 'material', articleFields('政策组合拳深度解读')),
    highRisk: await createApprovedContent(hq, compliance, 'material', highRiskProductFields('成长先锋混合路演')),
    script: await createApprovedContent(hq, compliance, 'script', scriptFields('政策解读跟进话术')),
  };
}

export interface OpenedChat {
  advisor: ApiSession;
  userid: string;
  name: string;
  /** externalUserId (1:1) or chatId (group). */
  chatKey: string;
}

/** Demo picker → first advisor → first 1:1 contact, and waits until 画像 shows the portrait. */
export async function openFirstContactChat(page: Page, baseUrl: string): Promise<OpenedChat> {
  await openDemoPicker(page, baseUrl);
  await pickFirstAdvisor(page);
  const name = await pickFirstContact(page);
  await page.getByText('为什么这样投资', { exact: true }).waitFor();
  const pick = await storedPick(page);
  if (pick?.chat.kind !== 'contact') throw new Error('The picker did not store a 1:1 chat');
  return { advisor: await signInAdvisor(baseUrl, pick.userid), userid: pick.userid, name, chatKey: pick.chat.externalUserId };
}

export async function openFirstGroupChat(page: Page, baseUrl: string): Promise<OpenedChat> {
  await openDemoPicker(page, baseUrl);
  await pickFirstAdvisor(page);
  const name = await pickFirstGroup(page);
  await page.getByText('群内客户', { exact: true }).waitFor();
  const pick = await storedPick(page);
  if (pick?.chat.kind !== 'group') throw new Error('The picker did not store a group chat');
  return { advisor: await signInAdvisor(baseUrl, pick.userid), userid: pick.userid, name, chatKey: pick.chat.chatId };
}

/** The bottom tab bar (its items are tabs too, like the 推荐/话术/素材 tabs inside 推荐). */
export async function openTab(page: Page, label: '画像' | '推荐' | '动态' | '任务'): Promise<void> {
  await page.locator('.van-tabbar').getByRole('tab', { name: label }).click();
}

/** The sendChatMessage calls the simulated client answered so far. */
export async function sentChatMessages(page: Page): Promise<BridgeCall[]> {
  return (await bridgeCalls(page)).filter((call) => call.name === 'sendChatMessage');
}

/** Waits until the bridge has answered `count` sendChatMessage calls (the send runs after the tap returns). */
export async function waitForChatMessages(page: Page, count: number): Promise<BridgeCall[]> {
  await page.waitForFunction(
    (expected) => ((window as unknown as { __VL_BRIDGE_CALLS__?: Array<{ name: string }> }).__VL_BRIDGE_CALLS__ ?? []).filter((call) => call.name === 'sendChatMessage').length >= expected,
    count,
  );
  return sentChatMessages(page);
}

export function newsLinkOf(call: BridgeCall | undefined): string {
  const news = call?.params.news as { link?: unknown } | undefined;
  return typeof news?.link === 'string' ? news.link : '';
}

/**
 * The client opens the tracked link and reads for a while: the landing page itself, then its beacons
 * (open, two heartbeats), as the page's script would post them (server tracking/beacon/beacon-input.ts).
 */
export async function simulateClientReading(trackedUrl: string): Promise<void> {
  const browserLike = { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) MicroMessenger/8.0.50', accept: 'text/html' };
  const page = await fetch(trackedUrl, { headers: browserLike });
  if (page.status !== 200) throw new Error(`GET ${trackedUrl} answered ${page.status}`);
  const viewer = { viewerId: `e2eViewer${Date.now().toString(36)}`.padEnd(16, '0').slice(0, 32), sessionId: 'e2eRead01' };
  const beats = [
    { ...viewer, type: 'open', scrollDepth: 5, visibleMs: 0 },
    { ...viewer, type: 'heartbeat', scrollDepth: 50, visibleMs: 15_000 },
    { ...viewer, type: 'heartbeat', scrollDepth: 90, visibleMs: 15_000 },
  ];
  for (const beat of beats) {
    const answer = await fetch(`${trackedUrl}/beacon`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'user-agent': browserLike['user-agent'] },
      body: JSON.stringify(beat),
    });
    if (answer.status !== 204) throw new Error(`beacon ${beat.type} answered ${answer.status}: ${await answer.text()}`);
  }
}

/**
 * Taps 发送到当前聊天 in the open send sheet. During quiet hours (22:00–08:00 Shanghai) the gate refuses a
 * 1:1 send unless the client is in the conversation; the test then answers as an advisor in a live chat would.
 */
export async function sendFromSheet(page: Page): Promise<void> {
  const preview = page.getByTestId('content-preview');
  const live = page.getByTestId('send-live');
  await preview.or(live).first().waitFor();
  if (await live.isVisible()) {
    await live.click();
    await preview.waitFor();
  }
  await page.getByTestId('send-confirm').click();
}
