import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { timelineOf, type ApiSession } from '../support/api.js';
import { browserForTest, SIDEBAR_VIEWPORT } from '../support/browser.js';
import {
  newsLinkOf,
  openFirstContactChat,
  openFirstGroupChat,
  openTab,
  seedLibrary,
  sendFromSheet,
  sentChatMessages,
  simulateClientReading,
  waitForChatMessages,
  type SidebarWorld,
} from '../support/sidebar-features.js';
import { useTestServer } from '../support/suite.js';

/*
 * The sidebar's feature tabs against the built apps and a freshly seeded server: HQ content is written and
 * approved through the API first; everything the advisor does goes through the page, the real @wecom/jssdk
 * and the simulated bridge; outcomes are read back from the bridge's record and from the server.
 */

interface ProfileAnswer {
  client: { id: number; riskLevel: string | null };
}

async function clientOf(advisor: ApiSession, externalUserId: string): Promise<ProfileAnswer['client']> {
  const profile = await advisor.request<ProfileAnswer>('GET', `/api/sidebar/profile?externalUserId=${encodeURIComponent(externalUserId)}`);
  return profile.client;
}

/** The server's first alert sweep runs 30 s after start (server feed/feed-scheduler.ts); wait for its alerts. */
async function firstNewAlert(advisor: ApiSession): Promise<{ id: number; clientName: string }> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const { items } = await advisor.request<{ items: Array<{ id: number; clientName: string }> }>('GET', '/api/alerts?status=new&limit=1');
    if (items[0]) return items[0];
    // Polling interval while the sweep runs; not a wait for a UI condition.
    await new Promise((next) => setTimeout(next, 1000));
  }
  throw new Error('No new alert for the advisor within 90 s of the first sweep');
}

describe('sidebar: portrait, one-click send, feed, tasks and group chat', () => {
  const server = useTestServer();
  let world: SidebarWorld;
  /** The tracked link of the material sent in the send test, opened by the client in the feed test. */
  let trackedLink = '';

  before(async () => {
    world = await seedLibrary(server().baseUrl, server().password);
  });

  it('shows the three portrait layers of the chat\'s client, with the numbers behind a trait', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    await openFirstContactChat(page, server().baseUrl);

    for (const layer of ['行为层', '心理层', '价值观层']) await page.getByRole('heading', { name: layer, exact: true }).waitFor();
    assert.ok((await page.getByTestId('behaviour-metric').count()) >= 3);
    assert.ok((await page.getByTestId('values-archetype').count()) >= 1);
    assert.equal(await page.getByTestId('psychology-trait').count(), 8);

    await page.getByTestId('psychology-trait').first().click();
    const sheet = page.getByTestId('evidence-sheet');
    await sheet.getByText(/^依据：/).first().waitFor();
    await sheet.getByText(/置信度 \d+%/).waitFor();
    assert.deepEqual(pageErrors, []);
  });

  it('sends a recommended material as a tracked news card and records the send', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    const chat = await openFirstContactChat(page, server().baseUrl);
    const client = await clientOf(chat.advisor, chat.chatKey);

    await openTab(page, '推荐');
    // During quiet hours (22:00–08:00 Shanghai) the article is listed as blocked, and still opens: sendFromSheet
    // then sends it as to a client who is in the conversation.
    await page.getByTestId(/^recommendation(-blocked)?$/).filter({ hasText: world.article.title }).click();
    await sendFromSheet(page);
    const [call] = await waitForChatMessages(page, 1);

    assert.equal(call?.result.err_msg, 'sendChatMessage:ok');
    assert.equal(call?.params.msgtype, 'news');
    trackedLink = newsLinkOf(call);
    assert.match(trackedLink, new RegExp(`^${server().baseUrl}/t/[A-Za-z0-9_-]{16,32}$`));
    await page.getByText('已发送', { exact: true }).waitFor();

    // The confirm reached the server: the send is on the client's timeline.
    const { items } = await timelineOf(chat.advisor, client.id);
    const sends = items.filter((item) => item.type === 'send' && item.data.title === world.article.title);
    assert.equal(sends.length, 1, JSON.stringify(items));
    assert.deepEqual(pageErrors, []);
  });

  it('shows why an unsuitable item cannot be sent and sends nothing', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    const chat = await openFirstContactChat(page, server().baseUrl);
    const client = await clientOf(chat.advisor, chat.chatKey);
    assert.notEqual(client.riskLevel, 'C5', 'the R5 material is unsuitable only below C5');

    await openTab(page, '推荐');
    const blocked = page.getByTestId('recommendation-blocked').filter({ hasText: world.highRisk.title });
    await blocked.getByText(/暂不可发送：.*R5/).waitFor();
    await blocked.click();
    await page.getByTestId('blocked-notice').getByText(/R5/).waitFor();
    assert.equal(await page.getByTestId('send-confirm').count(), 0);

    assert.deepEqual(await sentChatMessages(page), []);
    const { items } = await timelineOf(chat.advisor, client.id);
    assert.equal(items.filter((item) => item.type === 'send' && item.data.title === world.highRisk.title).length, 0);
    assert.deepEqual(pageErrors, []);
  });

  it('shows the client opening the sent link in 动态', async (t) => {
    assert.ok(trackedLink, 'the send test ran first and produced a tracked link');
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    await openFirstContactChat(page, server().baseUrl);
    await openTab(page, '动态');
    await page.getByTestId('feed-item').filter({ hasText: `您发送了《${world.article.title}》` }).waitFor();

    await simulateClientReading(trackedLink);

    // Pushed over the live stream (or picked up by the 15 s poll when the stream is down).
    await page.getByTestId('feed-item').filter({ hasText: new RegExp(`阅读《${world.article.title}》`) }).waitFor({ timeout: 30_000 });
    assert.deepEqual(pageErrors, []);
  });

  it('sends an HQ campaign to-do into the chat', async (t) => {
    const campaign = await world.hq.request<{ id: number }>('POST', '/api/campaigns', {
      name: 'E2E 政策解读回访',
      contentKind: 'script',
      contentId: world.script.id,
      channel: 'mass',
      audience: { all: true },
    });
    await world.hq.request('POST', `/api/campaigns/${campaign.id}/launch`, {});
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    const chat = await openFirstContactChat(page, server().baseUrl);
    const client = await clientOf(chat.advisor, chat.chatKey);

    await openTab(page, '任务');
    const card = page.getByTestId('task-card').filter({ hasText: 'E2E 政策解读回访' });
    await card.getByText('请在企业微信「群发助手」中确认发送').waitFor({ timeout: 30_000 });
    await card.getByTestId('task-send').click();
    await sendFromSheet(page);
    const [call] = await waitForChatMessages(page, 1);
    await page.getByText('已发送', { exact: true }).waitFor();

    assert.equal(call?.result.err_msg, 'sendChatMessage:ok');
    assert.equal(call?.params.msgtype, 'text');
    assert.match(String((call?.params.text as { content?: unknown } | undefined)?.content), /近期政策面变化较多/);
    const { items } = await timelineOf(chat.advisor, client.id);
    assert.equal(items.filter((item) => item.type === 'send' && item.data.title === world.script.title).length, 1);
    assert.deepEqual(pageErrors, []);
  });

  it('sends general content into a group chat and keeps product content out', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    await openFirstGroupChat(page, server().baseUrl);

    await openTab(page, '推荐');
    await page.getByRole('tab', { name: '素材', exact: true }).click();
    const product = page.getByTestId('library-material').filter({ hasText: world.highRisk.title });
    await product.getByText('产品类内容只能一对一发送').waitFor();
    await product.click();
    await page.getByTestId('blocked-notice').waitFor();
    assert.equal(await page.getByTestId('send-confirm').count(), 0);
    await page.locator('.van-popup:visible .van-popup__close-icon').click();

    await page.getByTestId('library-material').filter({ hasText: world.article.title }).click();
    await sendFromSheet(page);
    const calls = await waitForChatMessages(page, 1);

    assert.equal(calls.length, 1);
    assert.equal(calls[0]?.result.err_msg, 'sendChatMessage:ok');
    assert.match(newsLinkOf(calls[0]), /\/t\/[A-Za-z0-9_-]{16,32}$/);
    assert.deepEqual(pageErrors, []);
  });

  it('opens an alert from its deep link and marks it handled', async (t) => {
    const { page, pageErrors } = await browserForTest(t, SIDEBAR_VIEWPORT);
    const chat = await openFirstContactChat(page, server().baseUrl);
    const alert = await firstNewAlert(chat.advisor);

    await page.evaluate((id) => (window.location.hash = `#/alerts/${id}`), alert.id);
    const sheet = page.getByTestId('alert-sheet');
    await sheet.getByText(alert.clientName, { exact: true }).waitFor();
    await sheet.getByRole('textbox').fill('已电话回访，客户暂无赎回打算');
    await sheet.getByTestId('alert-handle').click();
    await page.getByText('已标记为已处理', { exact: true }).waitFor();

    const handled = await chat.advisor.request<{ items: Array<{ id: number; status: string; handledNote: string | null }> }>('GET', '/api/alerts?status=handled&limit=100');
    const record = handled.items.find((item) => item.id === alert.id);
    assert.equal(record?.handledNote, '已电话回访，客户暂无赎回打算');
    assert.deepEqual(pageErrors, []);
  });
});
