/**
 * Captures the sidebar's feature screens (画像, 推荐 with preview/blocked/screening, 动态 with an alert, 任务 with a
 * mass-send preview, group sending) into docs/screenshots/sidebar-*.png at 375×667. Needs the built apps.
 * `BASE_URL=http://127.0.0.1:3000` reuses a running demo server (its password in E2E_PASSWORD); otherwise a fresh
 * one is started.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openBrowser, SIDEBAR_VIEWPORT } from './support/browser.js';
import { REPO_ROOT, startServer, TEST_PASSWORD } from './support/server.js';
import {
  newsLinkOf,
  openFirstContactChat,
  openFirstGroupChat,
  openTab,
  seedLibrary,
  simulateClientReading,
  waitForChatMessages,
} from './support/sidebar-features.js';

const OUTPUT_DIR = join(REPO_ROOT, 'docs', 'screenshots');

async function capture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // Toasts (已发送) fade after 2 s and popups slide in over 300 ms; the frame is taken once both rest.
  await page.locator('.van-toast').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
  const path = join(OUTPUT_DIR, `sidebar-${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  process.stdout.write(`  ${path}\n`);
}

async function closeSheet(page: Page): Promise<void> {
  await page.locator('.van-popup:visible .van-popup__close-icon').first().click();
  await page.locator('.van-popup:visible').first().waitFor({ state: 'hidden' });
}

async function contactScreens(page: Page, baseUrl: string, password: string): Promise<void> {
  const world = await seedLibrary(baseUrl, password);
  const chat = await openFirstContactChat(page, baseUrl);
  await capture(page, 'portrait');

  await page.getByText('心理层', { exact: true }).scrollIntoViewIfNeeded();
  await capture(page, 'portrait-layers');
  await page.getByTestId('psychology-trait').first().click();
  await page.getByTestId('evidence-sheet').waitFor();
  await capture(page, 'evidence');
  await closeSheet(page);
  await page.getByTestId('values-archetype').first().click();
  await page.getByTestId('evidence-sheet').waitFor();
  await capture(page, 'archetype-evidence');
  await closeSheet(page);

  await page.getByTestId('tag-add').click();
  await page.getByTestId('tag-sheet').waitFor();
  await capture(page, 'tag-add');
  await closeSheet(page);

  await openTab(page, '推荐');
  await page.getByTestId('recommendation').first().waitFor();
  await capture(page, 'recommend');

  await page.getByTestId('recommendation-blocked').first().click();
  await page.getByTestId('blocked-notice').waitFor();
  await capture(page, 'send-blocked');
  await closeSheet(page);

  await page.getByTestId('recommendation').filter({ hasText: world.script.title }).click();
  await page.getByTestId('content-preview').waitFor();
  await capture(page, 'send-preview-script');
  await page.getByRole('button', { name: '编辑后发送' }).click();
  await page.getByTestId('send-editor').locator('textarea').fill('陈先生您好，这只产品保本稳赚，年化收益至少8%，建议您尽快买入。');
  await page.getByRole('button', { name: '发送', exact: true }).click();
  await page.getByTestId('screening-hits').waitFor();
  await capture(page, 'send-screening');
  await closeSheet(page);

  await page.getByTestId('recommendation').filter({ hasText: world.article.title }).click();
  await page.getByTestId('content-preview').waitFor();
  await capture(page, 'send-preview-material');
  await page.getByTestId('send-confirm').click();
  const [sent] = await waitForChatMessages(page, 1);
  // Launched only now: the campaign's sends count as recent sends of the article and would push it down the list.
  await world.hq.request('POST', '/api/campaigns', { name: '11月政策解读推送', contentKind: 'material', contentId: world.article.id, channel: 'mass', audience: { all: true } })
    .then((campaign) => world.hq.request('POST', `/api/campaigns/${(campaign as { id: number }).id}/launch`, {}));
  await simulateClientReading(newsLinkOf(sent));

  await openTab(page, '推荐');
  await page.getByRole('tab', { name: '话术' }).click();
  await page.getByTestId('library-script').first().waitFor();
  await capture(page, 'library');

  await openTab(page, '动态');
  await page.getByText(/阅读《政策组合拳深度解读》/).first().waitFor({ timeout: 30_000 });
  await capture(page, 'feed');
  await page.getByRole('tab', { name: '我的客户' }).click();
  await page.getByTestId('alert-item').first().waitFor();
  await capture(page, 'feed-mine');
  await page.getByTestId('alert-item').first().click();
  await page.getByTestId('alert-sheet').waitFor();
  await capture(page, 'alert');
  await closeSheet(page);

  await openTab(page, '任务');
  await page.getByTestId('task-card').first().waitFor();
  await capture(page, 'tasks');
  await page.getByTestId('mass-send-new').click();
  await page.getByTestId('picker-row').first().click();
  await page.getByRole('button', { name: '预览发送范围' }).click();
  await page.getByTestId('mass-send-preview').waitFor();
  await page.getByTestId('mass-send-preview').scrollIntoViewIfNeeded();
  await capture(page, 'mass-send');
  await closeSheet(page);
  void chat;
}

async function groupScreens(page: Page, baseUrl: string): Promise<void> {
  await page.getByText('切换', { exact: true }).click();
  await openFirstGroupChat(page, baseUrl);
  await openTab(page, '推荐');
  await page.getByTestId('library-script').first().waitFor();
  await page.getByRole('tab', { name: '素材' }).click();
  await page.getByTestId('library-material').first().waitFor();
  await capture(page, 'group-library');
  await page.getByTestId('library-material').filter({ hasText: '政策组合拳深度解读' }).click();
  await page.getByTestId('content-preview').waitFor();
  await capture(page, 'group-send');
}

async function main(): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const external = process.env.BASE_URL;
  const server = external ? { baseUrl: external, password: process.env.E2E_PASSWORD ?? TEST_PASSWORD, stop: async () => undefined } : await startServer();
  const browser = await openBrowser(SIDEBAR_VIEWPORT);
  try {
    await contactScreens(browser.page, server.baseUrl, server.password);
    await groupScreens(browser.page, server.baseUrl);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
