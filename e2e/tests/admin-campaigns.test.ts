import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn } from '../support/admin.js';
import { ADMIN_VIEWPORT, browserForTest } from '../support/browser.js';
import { useTestServer } from '../support/suite.js';

interface Created {
  id: number;
  version: { id: number };
}

async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(page.url().replace(/\/admin\/.*$/, `/api${path}`), { method, data });
  assert.ok(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Picks an option of the Element Plus select in the form row with this label. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.locator('.el-form-item').filter({ hasText: label }).locator('.el-select').click();
  await page.getByRole('option', { name: option }).click();
}

describe('admin: campaigns', () => {
  const server = useTestServer();

  it('launches a campaign of approved content to a segment and follows it to the advisors’ WeCom tasks', async (t) => {
    const contentTitle = '红利资产的防御属性';
    const segmentName = '中低风险客户';
    const reviewer = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(reviewer.page, server().baseUrl, 'compliance', server().password);
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(page, server().baseUrl, 'hq', server().password);

    const material = await api<Created>(page, 'POST', '/materials', {
      type: 'article',
      title: contentTitle,
      bodyHtml: '<p>高股息资产现金流稳定，在市场下行阶段往往表现出更低的波动。</p>',
    });
    await api(page, 'POST', `/versions/material/${material.version.id}/submit`);
    await api(reviewer.page, 'POST', `/approvals/material/${material.version.id}/approve`, {});
    await api(page, 'POST', '/segments', { name: segmentName, filter: { field: 'riskLevel', op: 'in', value: ['C1', 'C2', 'C3'] } });

    await page.goto(`${server().baseUrl}/admin/campaigns/new`);
    await page.getByPlaceholder('如：2025 年稳健理财季 · 安全边际系列').fill('红利资产 · 中低风险客户');
    await choose(page, '发送内容', contentTitle);
    await choose(page, '目标客户', segmentName);
    const audience = page.locator('[data-test="audience-count"]');
    await audience.waitFor();
    assert.match(await audience.innerText(), /[1-9]/, 'the segment should hold clients');
    await page.getByRole('button', { name: '创建活动' }).click();
    await page.waitForURL(/\/admin\/campaigns\/\d+$/);

    const status = page.locator('[data-test="campaign-status"]');
    assert.equal(await status.innerText(), '草稿');
    await page.getByRole('button', { name: '启动活动' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByText('活动已启动').waitFor();
    // The page polls every 5 s while the server plans the audience and hands one task per advisor to WeCom.
    await status.filter({ hasText: /执行中|已完成/ }).waitFor({ timeout: 45_000 });
    await page.getByRole('row').filter({ hasText: '待投顾确认' }).first().waitFor();
    const tasks = Number((await page.locator('.stat').filter({ hasText: '投顾任务' }).locator('strong').innerText()).replace(/,/g, ''));
    assert.ok(tasks > 0, `expected advisor tasks, saw ${tasks}`);
    await page.locator('[data-test="campaign-progress"]').waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
