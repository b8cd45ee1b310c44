import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { menuEntry, signIn, statCardValue } from '../support/admin.js';
import { ADMIN_VIEWPORT, browserForTest } from '../support/browser.js';
import { useTestServer } from '../support/suite.js';

/** The demo org (server/src/demo/generator/org.ts): 总部 → 北京/上海/深圳分公司 → one 营业部 each. */
const BRANCH_COMPANIES = ['北京分公司', '上海分公司', '深圳分公司'];

interface DepartmentRow {
  name: string;
}

describe('admin: what each role sees', () => {
  const server = useTestServer();

  it('shows an administrator every 分公司 on 组织架构', async (t) => {
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(page, server().baseUrl, 'admin', server().password);
    // Only the current route's menu section is open: open 设置 first.
    await menuEntry(page, '设置').click();
    await menuEntry(page, '组织架构').click();
    await page.waitForURL(/\/admin\/settings\/org$/);
    const tree = page.getByRole('tree');
    for (const company of BRANCH_COMPANIES) {
      await tree.getByText(company, { exact: true }).waitFor();
    }
    await page.getByRole('heading', { name: /· 员工$/ }).waitFor();
    assert.deepEqual(pageErrors, []);
  });

  it('limits a 团队长 to their own subtree, hides 设置 and shows only the team audit log under 合规', async (t) => {
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(page, server().baseUrl, 'manager', server().password);

    assert.equal(await menuEntry(page, '工作台').isVisible(), true);
    assert.equal(await menuEntry(page, '设置').count(), 0);
    await menuEntry(page, '合规').click();
    await menuEntry(page, '审计日志').waitFor({ state: 'visible' });
    assert.equal(await menuEntry(page, '审批队列').count(), 0);

    // 工作台 counts only the 北京分公司 subtree: the branch company and its 营业部.
    assert.equal(await statCardValue(page, '部门 / 营业部'), 2);
    const clients = await statCardValue(page, '客户总数');
    assert.ok(clients > 0 && clients < 3000, `a 团队长 should see part of the 3,000 clients, saw ${clients}`);

    // The department list this session receives: its own subtree, never the other 分公司.
    const departments = (await (await page.request.get(`${server().baseUrl}/api/org/departments`)).json()) as DepartmentRow[];
    const names = departments.map((department) => department.name);
    assert.ok(names.includes('北京分公司'), `expected 北京分公司 in ${names.join('、')}`);
    assert.ok(!names.includes('上海分公司') && !names.includes('深圳分公司') && !names.includes('总部'), `saw ${names.join('、')}`);
    assert.deepEqual(pageErrors, []);
  });

  it('shows 合规 to a compliance officer, without 设置', async (t) => {
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(page, server().baseUrl, 'compliance', server().password);
    await menuEntry(page, '合规').waitFor();
    await menuEntry(page, '合规').click();
    for (const entry of ['审批队列', '禁用词库', '审计日志']) {
      await menuEntry(page, entry).waitFor({ state: 'visible' });
    }
    assert.equal(await menuEntry(page, '设置').count(), 0);
    assert.deepEqual(pageErrors, []);
  });
});
