import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { signIn } from '../support/admin.js';
import { ADMIN_VIEWPORT, browserForTest } from '../support/browser.js';
import { useTestServer } from '../support/suite.js';

interface MaterialDetail {
  id: number;
  approvedVersionId: number | null;
  version: { id: number; status: string };
}

/** JSON through the signed-in browser context, so the request carries that user's session cookie. */
async function api<T>(page: Page, method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await page.request.fetch(page.url().replace(/\/admin\/.*$/, `/api${path}`), { method, data });
  assert.ok(response.ok(), `${method} ${path} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Opens the approval queue and the review drawer of the queued version with this title. */
async function openReview(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/compliance/approvals`);
  await page.getByRole('row').filter({ hasText: title }).getByRole('button', { name: '审核' }).click();
  await page.getByRole('dialog').getByText(`审核：${title}`).waitFor();
}

describe('admin: content approval', () => {
  const server = useTestServer();

  it('lets HQ write and submit a material that a compliance officer approves, making it sendable', async (t) => {
    const title = '回撤之后：历史上的五次市场修复';
    const hq = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(hq.page, server().baseUrl, 'hq', server().password);
    await hq.page.goto(`${server().baseUrl}/admin/content/materials/new`);
    await hq.page.getByPlaceholder('简明扼要，发送时作为卡片标题').fill(title);
    const body = hq.page.getByRole('textbox', { name: '正文' });
    await body.click();
    await body.pressSequentially('过去十年，沪深300 出现过五次超过 20% 的回撤，平均修复时间约 14 个月。');
    await hq.page.getByRole('button', { name: '提交审批' }).click();
    await hq.page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await hq.page.getByText('已提交合规审批').waitFor();
    await hq.page.waitForURL(/\/admin\/content\/materials\/\d+$/);
    const materialId = Number(hq.page.url().split('/').pop());
    // The phone preview renders the unsaved article the way the landing page will.
    const preview = hq.page.frameLocator('iframe[title="手机预览"]');
    await preview.getByRole('heading', { name: title }).waitFor();

    const reviewer = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(reviewer.page, server().baseUrl, 'compliance', server().password);
    await openReview(reviewer.page, server().baseUrl, title);
    await reviewer.page.getByPlaceholder('可填写审批意见，将记录在审计日志中').fill('数据来源清楚，同意发送');
    await reviewer.page.getByRole('button', { name: '通过' }).click();
    await reviewer.page.getByText('已审批通过，投顾现在可以发送该版本').waitFor();

    const material = await api<MaterialDetail>(hq.page, 'GET', `/materials/${materialId}`);
    assert.equal(material.version.status, 'approved');
    assert.equal(material.approvedVersionId, material.version.id);
    // The decided version leaves 待审批 and is listed under 已通过.
    await reviewer.page.locator('.el-radio-button').filter({ hasText: '已通过' }).click();
    await reviewer.page.getByRole('row').filter({ hasText: title }).waitFor();
    assert.deepEqual([...hq.pageErrors, ...reviewer.pageErrors], []);
  });

  it('refuses to let a reviewer approve content they submitted themselves (four-eyes rule)', async (t) => {
    // Only HQ and administrators may submit; an administrator who submits is the reviewer who must not approve.
    const title = '一图读懂个人养老金账户';
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(page, server().baseUrl, 'admin', server().password);
    const created = await api<MaterialDetail>(page, 'POST', '/materials', {
      type: 'article',
      title,
      bodyHtml: '<p>个人养老金实行个人账户制，每年缴费上限 12000 元。</p>',
    });
    await api(page, 'POST', `/versions/material/${created.version.id}/submit`);

    await openReview(page, server().baseUrl, title);
    await page.getByRole('button', { name: '通过' }).click();
    const refusal = page.locator('[data-test="review-refusal"]');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /提交人不能审批自己/);

    const material = await api<MaterialDetail>(page, 'GET', `/materials/${created.id}`);
    assert.equal(material.version.status, 'pending');
    assert.equal(material.approvedVersionId, null);
    assert.deepEqual(pageErrors, []);
  });
});
