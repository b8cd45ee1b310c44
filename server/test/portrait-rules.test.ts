import { DEFAULT_RULES } from '../src/modules/portrait/engine/default-rules.js';
import { PortraitRuleSet } from '../src/modules/portrait/entities/rule-set.entity.js';
import { generateBundles, seedBundles } from './portrait-fixtures.js';
import { makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

const CLIENTS = 30;

describe.each(TEST_ENGINES)('portrait rules on %s', (engine) => {
  let t: TestApp;
  let hq: string;
  let advisor: string;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const pw = 'Rules-Test-Pass-1';
    const advisorRow = await makeStaff(t.dataSource, { password: pw });
    const hqRow = await makeStaff(t.dataSource, { password: pw, role: 'hq' });
    await seedBundles(t.dataSource, generateBundles({ branches: 1, advisorsPerBranch: 1, clients: CLIENTS, eventsPerClient: 60, months: 6, seed: 5 }, t.clock.now()), advisorRow);
    hq = await t.login(hqRow.username!, pw);
    advisor = await t.login(advisorRow.username!, pw);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const as = (token: string) => ({
    get: (url: string) => t.http().get(url).set('Authorization', `Bearer ${token}`),
    put: (url: string, body: object) => t.http().put(url).set('Authorization', `Bearer ${token}`).send(body),
    post: (url: string, body: object) => t.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
  });
  const hotter = { ...DEFAULT_RULES, archetypes: { ...DEFAULT_RULES.archetypes, intercepts: { ...DEFAULT_RULES.archetypes.intercepts, policy: -5 } } };

  it('should serve the seeded default rules as version v1', async () => {
    const res = await as(hq).get('/api/portrait/rules');
    expect(res.status).toBe(200);
    expect(res.body.version).toBe('v1');
    expect(res.body.rules.archetypes.temperature).toBe(DEFAULT_RULES.archetypes.temperature);
    expect(res.body.changelog).toEqual([expect.objectContaining({ version: 'v1', active: true })]);
  });

  it('should serve a rule set saved before a parameter existed with that parameter at its default, and save it whole', async () => {
    const repo = t.dataSource.getRepository(PortraitRuleSet);
    const active = await repo.findOneByOrFail({ active: true });
    const { tagMinWeight: _added, ...olderArchetypes } = active.rules.archetypes;
    await repo.update(active.id, { rules: { ...active.rules, archetypes: olderArchetypes as typeof active.rules.archetypes } });
    try {
      const res = await as(hq).get('/api/portrait/rules');
      expect(res.body.version).toBe(active.version);
      expect(res.body.rules.archetypes.tagMinWeight).toBe(DEFAULT_RULES.archetypes.tagMinWeight);
      expect(res.body.rules.archetypes.temperature).toBe(active.rules.archetypes.temperature);
    } finally {
      await repo.update(active.id, { rules: active.rules });
    }
  });

  it('should preview how many clients a candidate would move, on all clients when the book is small', async () => {
    const res = await as(hq).post('/api/portrait/rules/preview', { rules: hotter });
    expect(res.status).toBe(200);
    // A policy intercept of −5 makes 政策敏感 dominate everyone who is not already policy-driven.
    expect(res.body).toMatchObject({ basis: 'all', totalClients: CLIENTS, compared: CLIENTS, activeVersion: 'v1', lifecycleChanged: 0 });
    expect(res.body.topArchetypeChanged).toBeGreaterThan(CLIENTS / 2);
  });

  it('should save a change as a new active version with its note, and audit it', async () => {
    const res = await as(hq).put('/api/portrait/rules', { rules: { ...DEFAULT_RULES, archetypes: { ...DEFAULT_RULES.archetypes, temperature: 0.5 } }, changeNote: '降低原型集中度' });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe('v2');
    expect(res.body.rules.archetypes.temperature).toBe(0.5);
    expect(res.body.changelog.map((v: { version: string; active: boolean }) => [v.version, v.active])).toEqual([
      ['v2', true],
      ['v1', false],
    ]);
    expect(res.body.changelog[0].changeNote).toBe('降低原型集中度');
    const audit = (await t.dataSource.query("SELECT target_id FROM audit_log WHERE action = 'portrait.rules.update'")) as { target_id: string }[];
    expect(audit.map((a) => a.target_id)).toEqual(['v2']);
  });

  it('should reject an unknown key and a wrong type with VALIDATION_FAILED and the paths, changing nothing', async () => {
    const bad = { ...DEFAULT_RULES, windows: { ...DEFAULT_RULES.windows, shortDays: '30' }, extra: true };
    const res = await as(hq).put('/api/portrait/rules', { rules: bad, changeNote: '错误的规则' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['$.extra', '$.windows.shortDays']);
    expect((await as(hq).get('/api/portrait/rules')).body.version).toBe('v2');
  });

  it('should reject rules that are not an object, and a missing change note', async () => {
    expect((await as(hq).put('/api/portrait/rules', { rules: 'drop', changeNote: '说明' })).status).toBe(400);
    expect((await as(hq).put('/api/portrait/rules', { rules: DEFAULT_RULES })).status).toBe(400);
  });

  it('should let only HQ and admins change rules', async () => {
    const res = await as(advisor).put('/api/portrait/rules', { rules: DEFAULT_RULES, changeNote: '越权修改' });
    expect(res.status).toBe(403);
    expect((await as(advisor).get('/api/portrait/rules')).status).toBe(403);
  });

  it('should stamp the new version on recomputed portraits', async () => {
    await as(hq).post('/api/portrait/recompute', {});
    await t.running.queue.drain(60_000);
    const versions = (await t.dataSource.query('SELECT DISTINCT rule_version AS v FROM client_portraits')) as { v: string }[];
    expect(versions.map((r) => r.v)).toEqual(['v2']);
  }, 60_000);
});
