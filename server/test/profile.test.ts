import { ARCHETYPES } from '@valuelens/contracts';
import { Alert, type AlertStatus } from '../src/modules/feed/alerts/alert.entity.js';
import { openAlertsSql } from '../src/modules/feed/alerts/alerts.service.js';
import type { AlertRuleKey } from '../src/modules/feed/alerts/alert-rule-definitions.js';
import type { Staff } from '../src/modules/org/staff.entity.js';
import type { ClientBundle } from '../src/demo/generator/types.js';
import { toPortraitInput } from '../src/demo/generator/to-portrait-input.js';
import { computePortrait } from '../src/modules/portrait/engine/compute-portrait.js';
import { DEFAULT_RULES } from '../src/modules/portrait/engine/default-rules.js';
import { toPortraitView } from '../src/modules/portrait/view/portrait-view.js';
import { generateBundles, seedBundles, type SeededClient } from './portrait-fixtures.js';
import { makeClient, makeFollow, makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

describe.each(TEST_ENGINES)('sidebar profile on %s', (engine) => {
  let t: TestApp;
  let advisor: string;
  let otherAdvisor: string;
  let manager: string;
  let client: SeededClient;
  let secondClient: SeededClient;
  let externalUserId: string;
  let advisorStaff: Staff;
  let otherAdvisorStaff: Staff;
  let hqToken: string;
  let bundles: ClientBundle[];

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const pw = 'Profile-Test-Pass-1';
    const a = await makeStaff(t.dataSource, { password: pw });
    const b = await makeStaff(t.dataSource, { password: pw });
    const m = await makeStaff(t.dataSource, { password: pw, role: 'manager', departmentId: null });
    const hq = await makeStaff(t.dataSource, { password: pw, role: 'hq' });
    advisorStaff = a;
    otherAdvisorStaff = b;
    bundles = generateBundles({ branches: 1, advisorsPerBranch: 1, clients: 2, eventsPerClient: 100, months: 6, seed: 9 }, t.clock.now());
    [client, secondClient] = (await seedBundles(t.dataSource, bundles, a)) as [SeededClient, SeededClient];
    externalUserId = `wmGEN${bundles[0]!.client.id}`;
    await makeFollow(t.dataSource, await makeClient(t.dataSource), b);
    advisor = await t.login(a.username!, pw);
    otherAdvisor = await t.login(b.username!, pw);
    manager = await t.login(m.username!, pw);
    hqToken = await t.login(hq.username!, pw);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const profile = (token: string, query: string) => t.http().get(`/api/sidebar/profile?${query}`).set('Authorization', `Bearer ${token}`);

  it('should compute and store the portrait on first view and answer the whole sidebar shape', async () => {
    const stored = async () => Number(((await t.dataSource.query('SELECT COUNT(*) AS n FROM client_portraits WHERE client_id = ?', [client.id])) as { n: number }[])[0]!.n);
    expect(await stored()).toBe(0);
    const res = await profile(advisor, `externalUserId=${externalUserId}`);
    expect(res.status).toBe(200);
    expect(await stored()).toBe(1);

    const body = res.body;
    expect(Object.keys(body).sort()).toEqual(['alerts', 'client', 'portrait', 'recommendations', 'tags']);
    expect(Object.keys(body.client).sort()).toEqual(
      ['ageBand', 'avatar', 'followedSince', 'gender', 'id', 'name', 'phoneMasked', 'remark', 'riskAssessmentExpired', 'riskExpiresAt', 'riskLevel'].sort(),
    );
    expect(body.client.id).toBe(client.id);
    const p = body.portrait;
    expect(p.ruleVersion).toBe('v1');
    expect(p.summaryZh.length).toBeGreaterThan(0);
    expect(p.lifecycle).toEqual({ id: expect.any(String), labelZh: expect.any(String) });
    expect(p.valueGroup.labelZh.length).toBeGreaterThan(0);
    expect(p.framing.labelZh.length).toBeGreaterThan(0);
    expect(p.format.labelZh.length).toBeGreaterThan(0);
    expect(p.values.map((v: { archetype: string }) => v.archetype).sort()).toEqual([...ARCHETYPES].sort());
    const weights = p.values.map((v: { weight: number }) => v.weight);
    expect(weights.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 2);
    expect(weights).toEqual([...weights].sort((a: number, b: number) => b - a));
    expect(p.psychology).toHaveLength(8);
    expect(p.psychology[0]).toEqual({ trait: 'loss_aversion', labelZh: '损失厌恶', score: expect.any(Number), confidence: expect.any(Number), evidence: expect.any(Array) });
    expect(p.behaviour.find((m: { metric: string }) => m.metric === 'aum')).toEqual({ metric: 'aum', labelZh: '资产规模', value: expect.any(Number), evidence: { labelZh: expect.any(String), values: expect.any(Object), refs: expect.any(Array) } });
    expect(Array.isArray(p.triggers)).toBe(true);
    // The first computation wrote this month's snapshot, so the first view already shows it, as every later one does.
    expect(p.trajectory).toEqual({ textZh: expect.any(String), points: [expect.objectContaining({ month: expect.stringMatching(/^\d{4}-\d{2}$/) })] });
    expect(body.tags.length).toBeGreaterThan(0);
    expect(body.tags[0]).toMatchObject({ layer: 'values', source: 'computed' });
    expect(body.alerts).toEqual([]);
    expect(Array.isArray(body.recommendations)).toBe(true);
  });

  it('should show the trajectory points once monthly snapshots exist', async () => {
    const res = await profile(advisor, `clientId=${client.id}`);
    expect(res.body.portrait.trajectory).toEqual({ textZh: expect.any(String), points: [expect.objectContaining({ month: expect.stringMatching(/^\d{4}-\d{2}$/) })] });
  });

  it('should answer JSON and carry the evidence behind archetypes, traits and behaviour', async () => {
    const res = await profile(advisor, `clientId=${client.id}`);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const p = res.body.portrait;
    expect(p.values[0].evidence).toEqual({ labelZh: expect.any(String), values: expect.any(Object), refs: expect.any(Array) });
    expect(p.psychology[0].evidence[0]).toEqual({ labelZh: expect.any(String), values: expect.any(Object), refs: expect.any(Array) });
    expect(p.behaviour.some((m: { evidence: { refs: string[] } }) => m.evidence.refs.length > 0)).toBe(true);
  });

  it('should still show a portrait stored as the engine output before views were stored, until it is recomputed', async () => {
    const viewed = (await profile(advisor, `clientId=${client.id}`)).body;
    const input = toPortraitInput(bundles[0]!, t.clock.now().getTime());
    const engineOutput = computePortrait(input, DEFAULT_RULES);
    await t.dataSource.query('UPDATE client_portrait_views SET portrait = ? WHERE client_id = ?', [Buffer.from(JSON.stringify(engineOutput), 'utf8'), client.id]);

    const res = await profile(advisor, `clientId=${client.id}`);
    expect(res.status).toBe(200);
    expect(res.body.portrait).toEqual(toPortraitView(engineOutput, viewed.portrait.trajectory.points));
    expect(res.body.portrait.trajectory.points).toEqual(viewed.portrait.trajectory.points);
    expect(res.body.tags).toEqual(viewed.tags);
  });

  it("should answer 404 for another advisor's client and for a manager outside the subtree", async () => {
    const res = await profile(otherAdvisor, `externalUserId=${externalUserId}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect((await profile(otherAdvisor, `clientId=${client.id}`)).status).toBe(404);
    expect((await profile(manager, `clientId=${client.id}`)).status).toBe(404);
  });

  it("should answer 404 to an advisor whose relation with the client has ended, even while another advisor's is active", async () => {
    const former = await makeClient(t.dataSource);
    await makeFollow(t.dataSource, former, advisorStaff, { state: 'deleted_by_client' });
    expect((await profile(advisor, `clientId=${former.id}`)).status).toBe(404);
    await makeFollow(t.dataSource, former, otherAdvisorStaff);
    expect((await profile(advisor, `clientId=${former.id}`)).status).toBe(404);
    expect((await profile(otherAdvisor, `clientId=${former.id}`)).status).toBe(200);
  });

  it("should list the client's open alerts the advisor may see, newest first and at most five", async () => {
    const minutesAgo = (m: number) => new Date(t.clock.now().getTime() - m * 60_000);
    const alert = (staffId: number, ruleKey: AlertRuleKey, status: AlertStatus, createdAt: Date, summaryZh: string) =>
      t.dataSource.getRepository(Alert).save({
        clientId: client.id, staffId, ruleKey, status, evidence: { summaryZh, numbers: {}, refs: [] }, suggestionZh: '电话回访', scriptId: null, scriptTitle: null,
        dedupeKey: `profile-test:${summaryZh}`, createdAt, seenAt: status === 'new' ? null : createdAt, handledAt: status === 'handled' ? createdAt : null, handledNote: null, notifiedAt: null,
      });
    const open = [];
    for (let i = 0; i < 6; i++) open.push(await alert(advisorStaff.id, i % 2 ? 'high_intent' : 'churn_risk', i % 3 ? 'new' : 'seen', minutesAgo(60 - i), `第${i}条`));
    await alert(advisorStaff.id, 'anxiety', 'handled', minutesAgo(1), '已处理');
    const otherStaff = await makeStaff(t.dataSource);
    await alert(otherStaff.id, 'churn_risk', 'new', minutesAgo(1), '他人的提醒');

    const res = await profile(advisor, `clientId=${client.id}`);
    expect(res.status).toBe(200);
    const newestFive = open.reverse().slice(0, 5);
    expect(res.body.alerts).toEqual(
      newestFive.map((a) => ({ id: a.id, kind: a.ruleKey, textZh: `${a.ruleKey === 'churn_risk' ? '流失风险' : '高意向'}：${a.evidence.summaryZh}`, at: a.createdAt.toISOString() })),
    );
    // HQ sees every advisor's alerts on the client, the other advisor's newest; handled ones never.
    const hqAlerts = (await profile(hqToken, `clientId=${client.id}`)).body.alerts as { textZh: string }[];
    expect(hqAlerts.map((a) => a.textZh)).toEqual(['流失风险：他人的提醒', ...newestFive.slice(0, 4).map((a) => expect.stringContaining(a.evidence.summaryZh))]);
    // Out of scope: no profile at all, so no alerts.
    expect((await profile(otherAdvisor, `clientId=${client.id}`)).status).toBe(404);
  });

  it('should look for the open alerts of a client without any through the (client, time) index, not by walking every alert', async () => {
    // Most clients have no open alert: the read must not scan the time index (or the advisor's alerts) to find none.
    const none = await makeClient(t.dataSource);
    // The advisor has many open alerts on other clients, so reading by staff would walk them all.
    const others = Array.from({ length: 2000 }, (_, i) => ({
      clientId: 1_000_000 + i, staffId: advisorStaff.id, ruleKey: 'churn_risk' as const, status: 'new' as const, evidence: { summaryZh: '其他客户', numbers: {}, refs: [] },
      suggestionZh: '电话回访', dedupeKey: `profile-plan:${i}`, createdAt: t.clock.now(),
    }));
    for (let i = 0; i < others.length; i += 250) await t.dataSource.createQueryBuilder().insert().into(Alert).values(others.slice(i, i + 250)).updateEntity(false).execute();
    // MySQL's statistics, current (SQLite plans without any, as a deployment without ANALYZE does).
    if (engine === 'mysql') await t.dataSource.query('ANALYZE TABLE alerts');
    const shared = ['new', 'seen', advisorStaff.id];
    const plan = await t.dataSource.query<Record<string, unknown>[]>(`${engine === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${openAlertsSql(2, shared)}`, [...shared, none.id, client.id]);
    const alertsRead = plan.filter((step) => (engine === 'sqlite' ? / alerts\b/.test(String(step.detail)) : step.table === 'alerts'));
    expect(alertsRead).toHaveLength(1);
    if (engine === 'sqlite') expect(alertsRead[0]!.detail).toMatch(/^SEARCH alerts USING INDEX ix_alerts_client_time \(client_id=\?\)/);
    else expect(alertsRead[0]).toMatchObject({ key: 'ix_alerts_client_time', type: 'range' });
  });

  it('should give each of many views that arrive together its own client\'s tags, alerts and recommendations', async () => {
    const views = [client, secondClient, client, secondClient, client].map((c) => `clientId=${c.id}`);
    const alone: { client: { id: number }; tags: unknown; alerts: unknown; recommendations: unknown }[] = [];
    for (const query of views.slice(0, 2)) alone.push((await profile(advisor, query)).body);
    expect(alone[0]!.tags).not.toEqual(alone[1]!.tags);
    const together = await Promise.all(views.map((query) => profile(advisor, query)));
    expect(together.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    together.forEach((res, i) => {
      const expected = alone[i % 2]!;
      expect(res.body.client.id).toBe(expected.client.id);
      expect(res.body.tags).toEqual(expected.tags);
      expect(res.body.alerts).toEqual(expected.alerts);
      expect(res.body.recommendations).toEqual(expected.recommendations);
    });
  });

  it('should answer 404 for an unknown contact and 400 without any identifier', async () => {
    expect((await profile(advisor, 'externalUserId=wmNOBODY')).status).toBe(404);
    const res = await profile(advisor, '');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect((await profile(advisor, 'clientId=abc')).status).toBe(400);
  });

  // The route is answered ahead of Express (profile.route.ts): what the pipeline gives every route holds here too.
  it('should take the session from the Bearer header or the cookie, and answer 401 without a live one', async () => {
    const path = `/api/sidebar/profile?externalUserId=${externalUserId}`;
    const none = await t.http().get(path);
    expect([none.status, none.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    const unknown = await profile('no-such-session-token', `externalUserId=${externalUserId}`);
    expect([unknown.status, unknown.body.code]).toEqual([401, 'SESSION_EXPIRED']);
    const byCookie = await t.http().get(path).set('Cookie', `vl_session=${advisor}`);
    expect(byCookie.status).toBe(200);
    expect(byCookie.body).toEqual((await profile(advisor, `externalUserId=${externalUserId}`)).body);
  });

  it('should reject unknown query fields, echo the request id, compress when asked and count the request under its route', async () => {
    const extra = await profile(advisor, `externalUserId=${externalUserId}&limit=5`);
    expect([extra.status, extra.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const twice = await profile(advisor, `externalUserId=${externalUserId}&externalUserId=${externalUserId}`);
    expect([twice.status, twice.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    // another spelling of the path goes through Express and Nest's pipeline, to the same answer
    const slashed = await t.http().get(`/api/sidebar/profile/?externalUserId=${externalUserId}`).set('Authorization', `Bearer ${advisor}`);
    expect(slashed.body).toEqual((await profile(advisor, `externalUserId=${externalUserId}`)).body);
    const res = await profile(advisor, `externalUserId=${externalUserId}`).set('Accept-Encoding', 'gzip').set('X-Request-Id', 'profile-test-0001');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['x-request-id']).toBe('profile-test-0001');
    expect(res.body.client.id).toBe(client.id);
    const metrics = await t.http().get('/metrics');
    expect(metrics.text).toMatch(/http_request_duration_seconds_count\{[^}]*route="\/api\/sidebar\/profile"[^}]*status="200"[^}]*\} [1-9]/);
  });
});
