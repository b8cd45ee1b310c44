import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { menuEntry, signIn } from '../support/admin.js';
import { ADMIN_VIEWPORT, browserForTest } from '../support/browser.js';
import { useTestServer } from '../support/suite.js';

/** The demo org (server/src/demo/generator/org.ts): the 团队长 `manager` heads 北京分公司 and its 营业部. */
const OTHER_BRANCHES = ['上海', '深圳'];

interface DepartmentRow {
  name: string;
}

/** One CSV record; the server quotes fields holding commas, quotes or line breaks (analytics/export/csv.ts). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else {
      field += char;
    }
  }
  fields.push(field);
  return fields;
}

describe('admin: 团队分析', () => {
  const server = useTestServer();

  it('shows a 团队长 only their subtree’s advisors and exports the same scope as CSV', async (t) => {
    const { page, pageErrors } = await browserForTest(t, ADMIN_VIEWPORT);
    await signIn(page, server().baseUrl, 'manager', server().password);
    await menuEntry(page, '团队分析').click();
    await page.waitForURL(/\/admin\/analytics\/team$/);
    await page.getByRole('heading', { name: '投顾指标排名' }).waitFor();

    const ownDepartments = new Set(
      ((await (await page.request.get(`${server().baseUrl}/api/org/departments`)).json()) as DepartmentRow[]).map((d) => d.name),
    );
    assert.ok(ownDepartments.has('北京分公司'), `expected 北京分公司 among ${[...ownDepartments].join('、')}`);

    // The ranking table: columns 排名, 投顾, 部门, then the metrics.
    const rows = page.locator('.el-table__body-wrapper .el-table__row');
    await rows.first().waitFor();
    const shownDepartments = await rows.locator('td:nth-child(3)').allInnerTexts();
    assert.ok(shownDepartments.length > 0, 'the ranking should list the branch’s advisors');
    for (const department of shownDepartments) {
      assert.ok(ownDepartments.has(department.trim()), `an advisor of ${department} is outside the manager’s subtree`);
    }
    // The totals row is there, under the ranking.
    await page.locator('.el-table__footer').getByText('合计', { exact: true }).waitFor();

    const href = (await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href')) ?? '';
    assert.ok(href.startsWith('/api/analytics/advisors/export?'), `export link was ${href}`);
    assert.match(href, /format=csv/);
    const response = await page.request.get(`${server().baseUrl}${href}`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /^text\/csv/);
    const lines = (await response.text()).replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.length > 0);
    const [header, ...records] = lines;
    assert.deepEqual(csvFields(header ?? '').slice(0, 4), ['员工ID', '员工', '部门', '期末客户数']);
    assert.ok(records.length >= shownDepartments.length, `CSV has ${records.length} advisors, the page showed ${shownDepartments.length}`);
    for (const record of records) {
      const department = csvFields(record)[2] ?? '';
      assert.ok(ownDepartments.has(department), `CSV row outside the subtree: ${record}`);
      assert.ok(!OTHER_BRANCHES.some((branch) => department.includes(branch)), `CSV row from another 分公司: ${record}`);
    }

    // An advisor's drill-down opens with the trend chart.
    await rows.first().click();
    await page.getByRole('dialog').getByText('趋势', { exact: true }).waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
