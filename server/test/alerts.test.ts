import { EventEmitter2 } from '@nestjs/event-emitter';
import { Holding } from '../src/modules/client-data/entities/holding.entity.js';
import { ClientFollow } from '../src/modules/clients/client-follow.entity.js';
import { Alert } from '../src/modules/feed/alerts/alert.entity.js';
import { AlertEvaluator } from '../src/modules/feed/alerts/alert-evaluator.service.js';
import { AlertSweepService } from '../src/modules/feed/alerts/alert-sweep.service.js';
import { FollowUpReminders } from '../src/modules/feed/notes/follow-up-reminders.js';
import { BehaviourEvent } from '../src/modules/ingest/behaviour-event.entity.js';
import { ClientPortrait } from '../src/modules/portrait/entities/client-portrait.entity.js';
import { CLIENT_UNFOLLOWED, type FollowChangedEvent } from '../src/wecom/callback/contact-change.handler.js';
import { api, approved } from './library-fixtures.js';
import { makeClient, makeFollow } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';
import { type World, appEvent, buildWorld, settle } from './tracking-fixtures.js';

const DAY = 86_400_000;

describe.each(TEST_ENGINES)('alerts and follow-ups on %s', (engine) => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    w = await buildWorld(t);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const alertsOf = (clientId: number, ruleKey: string) => t.dataSource.getRepository(Alert).find({ where: { clientId, ruleKey: ruleKey as Alert['ruleKey'] }, order: { id: 'ASC' } });
  const messagesTo = (userid: string | null) => t.running.simulator!.state.listAppMessages().filter((m) => m.message.touser === userid);
  const newClientOf = async (advisor = w.advisor) => {
    const client = await makeClient(t.dataSource, { name: '赵敏', gender: 'female' });
    await makeFollow(t.dataSource, client, advisor.staff);
    return client;
  };

  it('should let only HQ and admins read and change the rules, and refuse bad parameters', async () => {
    expect((await api(t, w.advisor).get('/api/alert-rules')).status).toBe(403);
    const rules = await api(t, w.hq).get('/api/alert-rules');
    expect(rules.status).toBe(200);
    expect(rules.body.map((r: { key: string }) => r.key)).toEqual(['high_intent', 'churn_risk', 'anxiety', 'cognitive_shift']);
    expect(rules.body[0].params).toEqual({ windowDays: 7, productViews: 3, longDwellSeconds: 120 });

    const bad = await api(t, w.hq).put('/api/alert-rules', { rules: [{ key: 'high_intent', params: { productViews: 0 } }] });
    expect(bad.status).toBe(400);
    const unknown = await api(t, w.hq).put('/api/alert-rules', { rules: [{ key: 'high_intent', params: { bogus: 3 } }] });
    expect(unknown.status).toBe(400);
    expect((await api(t, w.hq).get('/api/alert-rules')).body[0].params.productViews).toBe(3);

    const changed = await api(t, w.hq).put('/api/alert-rules', { rules: [{ key: 'high_intent', params: { productViews: 4 }, cooldownHours: 24 }] });
    expect(changed.status).toBe(200);
    expect(changed.body[0]).toMatchObject({ params: { windowDays: 7, productViews: 4, longDwellSeconds: 120 }, cooldownHours: 24 });
  });

  it('should move an alert from new to seen to handled with timestamps, record the note, and hide it from others', async () => {
    const client = await newClientOf();
    for (let i = 0; i < 4; i++) await appEvent(t, client.id, 'product_view', { productCode: '510300' });
    await settle(t);
    const [alert] = await alertsOf(client.id, 'high_intent');
    const inbox = await api(t, w.advisor).get('/api/alerts?status=new');
    expect(inbox.body.items.map((a: { id: number }) => a.id)).toContain(alert!.id);
    expect((await api(t, w.otherAdvisor).post(`/api/alerts/${alert!.id}/seen`)).status).toBe(404);
    expect((await api(t, w.otherAdvisor).get('/api/alerts')).body.items.some((a: { id: number }) => a.id === alert!.id)).toBe(false);

    t.clock.advance(60_000);
    const seen = await api(t, w.advisor).post(`/api/alerts/${alert!.id}/seen`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'seen', seenAt: t.clock.now().toISOString(), handledAt: null, ruleLabelZh: '高意向' });
    t.clock.advance(60_000);
    const handled = await api(t, w.advisor).post(`/api/alerts/${alert!.id}/handle`, { note: '已电话沟通，客户下周来营业部' });
    expect(handled.body).toMatchObject({ status: 'handled', handledAt: t.clock.now().toISOString(), handledNote: '已电话沟通，客户下周来营业部' });
    expect(handled.body.seenAt).toBe(seen.body.seenAt);
    const notes = await api(t, w.advisor).get(`/api/clients/${client.id}/follow-ups`);
    expect(notes.body.map((n: { note: string }) => n.note)).toEqual(['已电话沟通，客户下周来营业部']);
    const forClient = await api(t, w.advisor).get(`/api/clients/${client.id}/alerts`);
    expect(forClient.body.items[0]).toMatchObject({ id: alert!.id, status: 'handled' });
    expect((await api(t, w.otherAdvisor).get(`/api/clients/${client.id}/alerts`)).status).toBe(404);
  });

  it('should warn the advisor a client deleted, once', async () => {
    const client = await newClientOf();
    const at = t.clock.now();
    await t.dataSource.getRepository(ClientFollow).update({ clientId: client.id, staffId: w.advisor.staff.id }, { state: 'deleted_by_client', stateChangedAt: at });
    const event: FollowChangedEvent = { clientId: client.id, staffId: w.advisor.staff.id, state: 'deleted_by_client', changeType: 'del_follow_user', at };
    t.running.app.get(EventEmitter2).emit(CLIENT_UNFOLLOWED, event);
    t.running.app.get(EventEmitter2).emit(CLIENT_UNFOLLOWED, event);
    await settle(t);
    const alerts = await alertsOf(client.id, 'churn_risk');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ staffId: w.advisor.staff.id });
    expect(alerts[0]!.evidence.summaryZh).toBe('客户删除了您的企业微信');
  });

  it('should find inactive clients in the sweep', async () => {
    const client = await newClientOf();
    await t.dataSource.getRepository(BehaviourEvent).insert({
      eventId: `old-${client.id}`, clientId: client.id, distinctId: `c${client.id}`, name: 'login', time: new Date(t.clock.now().getTime() - 40 * DAY), properties: {}, receivedAt: t.clock.now(),
    });
    await t.running.app.get(AlertSweepService).sweep();
    await settle(t);
    const [alert] = await alertsOf(client.id, 'churn_risk');
    expect(alert!.evidence.numbers).toMatchObject({ inactiveDays: 40 });
    // a client active last week is not inactive
    expect((await alertsOf(w.client.id, 'churn_risk')).some((a) => 'inactiveDays' in a.evidence.numbers)).toBe(false);
  });

  it('should suggest a defensive allocation (with a matching script) for an anxious, loss-averse client in drawdown', async () => {
    const script = await approved(t, w.hq, w.compliance, 'script', { title: '回撤期的稳健配置思路', body: '{{客户称呼}}您好，市场波动时可以考虑……', framing: 'safety_margin', disclaimerType: 'education' });
    t.clock.advance(61_000); // the suggester caches the sendable scripts for a minute
    const client = await newClientOf();
    await t.dataSource.getRepository(ClientPortrait).insert({
      clientId: client.id, ruleVersion: 'test', topArchetype: 'security', archetypeWeights: { security: 0.6 } as ClientPortrait['archetypeWeights'],
      traitScores: { loss_aversion: 82, anxiety: 78 }, anxiety: 78, framing: 'safety_margin', format: 'article', lifecycle: 'value_growth', valueGroup: 'stable',
      summaryZh: '', computedAt: t.clock.now(),
    });
    await t.dataSource.getRepository(Holding).insert({ clientId: client.id, productCode: '510300', productCategory: 'fund_equity', riskLevel: 'R4', marketValue: 80_000, costValue: 100_000, openedAt: t.clock.now() });
    await t.running.app.get(AlertEvaluator).evaluate([client.id]);
    await settle(t);
    const [alert] = await alertsOf(client.id, 'anxiety');
    expect(alert).toMatchObject({ scriptId: script.id, scriptTitle: '回撤期的稳健配置思路' });
    expect(alert!.suggestionZh).toContain('防御性配置');
    expect(alert!.evidence.numbers).toMatchObject({ anxiety: 78, lossAversion: 82, drawdownPct: 20 });
    expect(await alertsOf(client.id, 'churn_risk')).toHaveLength(1); // a 20 % drawdown is also a churn signal
  });

  it('should keep follow-up notes and to-dos, and remind once on the due day', async () => {
    const client = await newClientOf();
    const before = messagesTo(w.advisor.staff.wecomUserId).length;
    const created = await api(t, w.advisor).post(`/api/clients/${client.id}/follow-ups`, { note: '约客户周五面谈定投计划', nextContactAt: t.clock.now().toISOString() });
    expect(created.status).toBe(201);
    expect((await api(t, w.advisor).post(`/api/clients/${client.id}/follow-ups`, { note: '' })).status).toBe(400);
    expect((await api(t, w.otherAdvisor).post(`/api/clients/${client.id}/follow-ups`, { note: '越权' })).status).toBe(404);
    const reminders = t.running.app.get(FollowUpReminders);
    await reminders.queueDue();
    await settle(t);
    await reminders.queueDue();
    await settle(t);
    const sent = messagesTo(w.advisor.staff.wecomUserId).slice(before);
    expect(sent.map((m) => m.message.textcard?.title)).toEqual(['今日跟进：赵女士']);
    const timeline = await api(t, w.advisor).get(`/api/clients/${client.id}/timeline?types=follow_up`);
    expect(timeline.body.items[0].textZh).toBe('您记录了跟进：约客户周五面谈定投计划');
    const done = await api(t, w.advisor).post(`/api/follow-ups/${created.body.id}/done`);
    expect(done.body.doneAt).toBe(t.clock.now().toISOString());
    expect((await api(t, w.otherAdvisor).post(`/api/follow-ups/${created.body.id}/done`)).status).toBe(404);
  });

  it('should raise a high-intent alert after repeated product views, with evidence, and respect the cool-down (moves the clock: runs last)', async () => {
    const client = await newClientOf();
    for (let i = 0; i < 3; i++) await appEvent(t, client.id, 'product_view', { productCode: '000001' });
    await settle(t);
    expect(await alertsOf(client.id, 'high_intent')).toEqual([]); // HQ raised the threshold to 4 above
    await appEvent(t, client.id, 'product_view', { productCode: '000001' });
    await settle(t);
    const [alert] = await alertsOf(client.id, 'high_intent');
    expect(alert!.evidence).toMatchObject({ summaryZh: '7天内查看产品 000001 4 次且未购买', numbers: { productCode: '000001', productViews: 4 } });
    expect(alert!.evidence.refs).toHaveLength(4);

    t.clock.advance(23 * 3_600_000);
    await t.running.app.get(AlertEvaluator).evaluate([client.id], ['high_intent']);
    expect(await alertsOf(client.id, 'high_intent')).toHaveLength(1);
    t.clock.advance(2 * 3_600_000);
    await t.running.app.get(AlertEvaluator).evaluate([client.id], ['high_intent']);
    await settle(t);
    expect(await alertsOf(client.id, 'high_intent')).toHaveLength(2);
  });
});
