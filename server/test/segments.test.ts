import { PiiVault } from '../src/common/pii/pii-vault.js';
import { SegmentsService } from '../src/modules/segments/segments.service.js';
import type { Actor } from '../src/common/auth/actor.js';
import { insertRows } from './portrait-fixtures.js';
import { makeClient, makeDepartment, makeFollow, makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

interface HandMade {
  risk: 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | null;
  gender: 'male' | 'female' | null;
  ageBand: string;
  occupation: string;
  advisor: 'A' | 'B' | null;
  aum: number;
  portrait: { top: string; lifecycle: string; valueGroup: string; weights: Record<string, number>; lossAversion: number; anxiety: number } | null;
}

/** Six clients whose answers to every filter below can be counted by hand. */
const BOOK: HandMade[] = [
  { risk: 'C1', gender: 'female', ageBand: '60+', occupation: '退休人员', advisor: 'A', aum: 800_000, portrait: { top: 'security', lifecycle: 'growing', valueGroup: 'high_value', weights: { security: 0.6, value: 0.2 }, lossAversion: 80, anxiety: 75 } },
  { risk: 'C3', gender: 'male', ageBand: '30-39', occupation: '工程师', advisor: 'A', aum: 50_000, portrait: { top: 'technical', lifecycle: 'new', valueGroup: 'potential', weights: { technical: 0.5, security: 0.1 }, lossAversion: 30, anxiety: 20 } },
  { risk: 'C5', gender: 'male', ageBand: '40-49', occupation: '企业主', advisor: 'B', aum: 3_000_000, portrait: { top: 'growth', lifecycle: 'churn_risk', valueGroup: 'deepen', weights: { growth: 0.7, security: 0.05 }, lossAversion: 50, anxiety: 40 } },
  { risk: 'C2', gender: 'female', ageBand: '50-59', occupation: '教师', advisor: 'B', aum: 200_000, portrait: { top: 'value', lifecycle: 'growing', valueGroup: 'maintain', weights: { value: 0.45, security: 0.3 }, lossAversion: 65, anxiety: 55 } },
  { risk: 'C4', gender: null, ageBand: '18-29', occupation: '销售100%', advisor: 'A', aum: 0, portrait: null },
  { risk: null, gender: null, ageBand: '30-39', occupation: '自由职业', advisor: null, aum: 0, portrait: null },
];

describe.each(TEST_ENGINES)('segments on %s', (engine) => {
  let t: TestApp;
  let hq: string;
  let advisorA: string;
  let ids: number[];
  let staff: { A: number; B: number; hq: number };
  let departments: { root: number; branchB: number };

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const ds = t.dataSource;
    const root = await makeDepartment(ds, { name: '总部' });
    const branchA = await makeDepartment(ds, { name: '上海分公司', parent: root });
    const branchB = await makeDepartment(ds, { name: '北京分公司', parent: root });
    const pw = 'Segments-Test-Pass-1';
    const a = await makeStaff(ds, { password: pw, departmentId: branchA.id });
    const b = await makeStaff(ds, { password: pw, departmentId: branchB.id });
    const h = await makeStaff(ds, { password: pw, role: 'hq', departmentId: root.id });
    staff = { A: a.id, B: b.id, hq: h.id };
    departments = { root: root.id, branchB: branchB.id };
    const vault = t.running.app.get(PiiVault);
    ids = [];
    for (const [i, c] of BOOK.entries()) {
      const client = await makeClient(ds, { riskLevel: c.risk, gender: c.gender, ageBand: c.ageBand, occupation: c.occupation, phoneEnc: vault.encrypt(`1381234000${i}`) });
      ids.push(client.id);
      if (c.advisor) await makeFollow(ds, client, c.advisor === 'A' ? a : b);
      if (c.aum > 0) {
        await insertRows(ds, 'holdings', [
          { client_id: client.id, product_code: 'F1', product_category: 'fund_equity', risk_level: 'R3', market_value: c.aum / 2, cost_value: c.aum / 2, opened_at: new Date() },
          { client_id: client.id, product_code: 'F2', product_category: 'money', risk_level: 'R1', market_value: c.aum / 2, cost_value: c.aum / 2, opened_at: new Date() },
        ]);
      }
      if (c.portrait) {
        const p = c.portrait;
        await insertRows(ds, 'client_portraits', [
          {
            client_id: client.id,
            rule_version: 'v1',
            top_archetype: p.top,
            archetype_weights: JSON.stringify(p.weights),
            trait_scores: JSON.stringify({ loss_aversion: p.lossAversion, anxiety: p.anxiety }),
            anxiety: p.anxiety,
            framing: 'data_evidence',
            format: 'article',
            lifecycle: p.lifecycle,
            value_group: p.valueGroup,
            summary_zh: '手工画像',
            computed_at: new Date(),
          },
        ]);
      }
    }
    const tag = (client: number, source: string, score: number | null, active: boolean) => ({
      client_id: ids[client],
      tag_key: 'security',
      layer: 'values',
      label_zh: '稳健守护',
      source,
      score,
      active,
    });
    // c1 computed 60, c2 manual only, c3 computed 80 but removed by its advisor, c4 computed 30.
    await insertRows(ds, 'client_tags', [tag(0, 'computed', 60, true), tag(1, 'manual', null, true), tag(2, 'computed', 80, true), tag(2, 'manual', null, false), tag(3, 'computed', 30, true)]);
    hq = await t.login(h.username!, pw);
    advisorA = await t.login(a.username!, pw);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const count = async (filter: unknown, token = hq): Promise<number> => {
    const res = await t.http().post('/api/segments/preview').set('Authorization', `Bearer ${token}`).send({ filter });
    if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body.count as number;
  };

  it.each([
    ['eq', { field: 'riskLevel', op: 'eq', value: 'C3' }, 1],
    ['ne (missing values count as different)', { field: 'riskLevel', op: 'ne', value: 'C3' }, 5],
    ['gt', { field: 'riskLevel', op: 'gt', value: 'C3' }, 2],
    ['gte', { field: 'riskLevel', op: 'gte', value: 'C3' }, 3],
    ['lt', { field: 'riskLevel', op: 'lt', value: 'C2' }, 1],
    ['lte', { field: 'riskLevel', op: 'lte', value: 'C2' }, 2],
    ['in', { field: 'riskLevel', op: 'in', value: ['C1', 'C5'] }, 2],
    ['between', { field: 'riskLevel', op: 'between', value: ['C2', 'C4'] }, 3],
    ['contains (wildcards literal)', { field: 'occupation', op: 'contains', value: '%' }, 1],
    ['ageBand', { field: 'ageBand', op: 'eq', value: '60+' }, 1],
    ['aum gte (holdings subquery)', { field: 'aum', op: 'gte', value: 500_000 }, 2],
    ['aum lt, clients without holdings at 0', { field: 'aum', op: 'lt', value: 100_000 }, 3],
    ['archetype weight', { field: 'archetypeWeight.security', op: 'gte', value: 0.3 }, 2],
    ['trait score', { field: 'trait.loss_aversion', op: 'gt', value: 60 }, 2],
    ['anxiety between', { field: 'anxiety', op: 'between', value: [40, 75] }, 3],
    ['top archetype in', { field: 'topArchetype', op: 'in', value: ['security', 'value'] }, 2],
    ['lifecycle', { field: 'lifecycle', op: 'eq', value: 'growing' }, 2],
    ['not (clients without a portrait included)', { not: { field: 'lifecycle', op: 'eq', value: 'growing' } }, 4],
    ['and', { and: [{ field: 'gender', op: 'eq', value: 'female' }, { field: 'valueGroup', op: 'eq', value: 'maintain' }] }, 1],
    ['or', { or: [{ field: 'topArchetype', op: 'eq', value: 'growth' }, { field: 'riskLevel', op: 'eq', value: 'C1' }] }, 2],
    ['tag (manual decisions override computed)', { tag: 'security' }, 3],
    ['tag with minScore', { tag: 'security', minScore: 50 }, 2],
    ['tag computed only', { tag: 'security', source: 'computed' }, 3],
    ['tag manual only', { tag: 'security', source: 'manual' }, 1],
    ['not tag', { not: { tag: 'security' } }, 3],
  ])('should count %s', async (_name, filter, expected) => {
    expect(await count(filter)).toBe(expected);
  });

  it('should match advisors and department subtrees through active follows', async () => {
    expect(await count({ field: 'advisorId', op: 'eq', value: staff.A })).toBe(3);
    expect(await count({ field: 'advisorId', op: 'ne', value: staff.A })).toBe(3);
    expect(await count({ field: 'departmentId', op: 'eq', value: departments.branchB })).toBe(2);
    expect(await count({ field: 'departmentId', op: 'eq', value: departments.root })).toBe(5);
  });

  it("should always stay within the caller's scope", async () => {
    expect(await count({ field: 'riskLevel', op: 'ne', value: 'C3' }, advisorA)).toBe(2);
    expect(await count({ field: 'departmentId', op: 'eq', value: departments.branchB }, advisorA)).toBe(0);
  });

  it('should reject a field outside the whitelist with the path of the node, touching nothing', async () => {
    const res = await t
      .http()
      .post('/api/segments/preview')
      .set('Authorization', `Bearer ${hq}`)
      .send({ filter: { and: [{ field: 'riskLevel', op: 'eq', value: 'C1' }, { field: 'name; DROP TABLE clients; --', op: 'eq', value: 'x' }] } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([expect.objectContaining({ path: '$.and[1].field' })]);
    expect(await count({ field: 'riskLevel', op: 'in', value: ['C1', 'C2', 'C3', 'C4', 'C5'] })).toBe(5);
  });

  it('should reject an unknown department and a value that tries to smuggle SQL', async () => {
    const unknown = await t.http().post('/api/segments/preview').set('Authorization', `Bearer ${hq}`).send({ filter: { field: 'departmentId', op: 'eq', value: 99_999 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([{ path: '$.value', message: '部门不存在' }]);
    expect(await count({ field: 'occupation', op: 'eq', value: "x' OR '1'='1" })).toBe(0);
  });

  it('should save, list, page through, update and delete a segment', async () => {
    const auth = { Authorization: `Bearer ${hq}` };
    const created = await t.http().post('/api/segments').set(auth).send({ name: '稳健客户', filter: { tag: 'security' } });
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    expect((await t.http().get('/api/segments').set(auth)).body.map((s: { name: string }) => s.name)).toContain('稳健客户');

    const page2 = await t.http().get(`/api/segments/${id}/clients?page=2&pageSize=2`).set(auth);
    expect(page2.status).toBe(200);
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.body.items).toHaveLength(1);
    expect(page2.body.items[0].phoneMasked).toMatch(/^138\*{4}\d{4}$/);
    expect(JSON.stringify(page2.body)).not.toMatch(/1381234000/);

    const updated = await t.http().put(`/api/segments/${id}`).set(auth).send({ name: '高焦虑', filter: { field: 'anxiety', op: 'gte', value: 70 } });
    expect(updated.body.name).toBe('高焦虑');
    expect((await t.http().get(`/api/segments/${id}/clients`).set(auth)).body.total).toBe(1);
    expect((await t.http().put(`/api/segments/${id}`).set(auth).send({ name: '坏条件', filter: { field: 'pwd', op: 'eq', value: 1 } })).status).toBe(400);

    expect((await t.http().delete(`/api/segments/${id}`).set(auth)).status).toBe(204);
    expect((await t.http().get(`/api/segments/${id}`).set(auth)).status).toBe(404);
  });

  it('should not let advisors save segments', async () => {
    const res = await t.http().post('/api/segments').set('Authorization', `Bearer ${advisorA}`).send({ name: '我的', filter: { tag: 'security' } });
    expect(res.status).toBe(403);
  });

  it('should page matching client ids by keyset for campaigns', async () => {
    const service = t.running.app.get(SegmentsService);
    const actor: Actor = { staffId: staff.hq, role: 'hq', name: 'HQ', departmentId: departments.root, wecomUserId: null };
    const filter = { field: 'riskLevel', op: 'in', value: ['C1', 'C2', 'C3', 'C4', 'C5'] };
    const first = await service.resolveClientIds(actor, filter, { afterId: 0, limit: 3 });
    const rest = await service.resolveClientIds(actor, filter, { afterId: first[first.length - 1]!, limit: 3 });
    expect([...first, ...rest]).toEqual(ids.slice(0, 5));
  });
});
