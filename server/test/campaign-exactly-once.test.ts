import type { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock.js';
import { Campaign, CampaignExclusion, CampaignTask } from '../src/modules/outreach/campaigns/campaign.entities.js';
import { FanoutFaults } from '../src/modules/outreach/campaigns/fanout-faults.js';
import { Send } from '../src/modules/outreach/sends/send.entity.js';
import type { Staff } from '../src/modules/org/staff.entity.js';
import { OFFICE_HOURS, YEAR_MS } from './library-fixtures.js';
import { approveContent, type OutreachApp, type SeedContact, type SharedWecom, startOutreachApp, startSharedWecom, tempDir, waitUntil, wecomSeed } from './outreach-fixtures.js';
import { makeClient, makeFollow, makeStaff } from './support/factories.js';
import { createTestDatabase, TEST_ENGINES, type TestDatabase } from './support/test-database.js';

const PASSWORD = 'Campaign-Test-Pass-1';
const ADVISORS = 4;
const CLIENTS_PER_ADVISOR = 3;

/**
 * Exactly once: however the fan-out is interrupted — a crash between WeCom's answer and storing the msgid,
 * a crash just before the call, a 45009 storm, an expired token — each advisor ends with exactly one WeCom
 * mass-send task and every eligible client is in exactly one task. The database queue always; BullMQ too
 * when REDIS_URL is set.
 */
const QUEUES: ('database' | 'redis')[] = process.env.REDIS_URL ? ['database', 'redis'] : ['database'];
const MATRIX = TEST_ENGINES.flatMap((engine) => QUEUES.map((queue) => [engine, queue] as const));

describe.each(MATRIX)('campaign fan-out exactly once on %s with the %s queue', (engine, queue) => {
  const clock = new ManualClock(OFFICE_HOURS);
  const data = tempDir('vl-campaign-');
  let db: TestDatabase;
  let wecom: SharedWecom;
  let app: OutreachApp;
  let tokens: { hq: string; compliance: string };
  let advisors: Staff[];
  let eligibleClientIds: number[];
  let materialId: number;

  const ds = (): DataSource => app.running.dataSource;
  const start = async (): Promise<OutreachApp> => {
    const database = engine === 'sqlite' ? { type: 'sqlite' as const, sqlitePath: `${data.path}/campaign.sqlite` } : db.config;
    return startOutreachApp({ database, wecom, clock, dataDir: data.path, ...(queue === 'redis' ? { redisUrl: process.env.REDIS_URL! } : {}) });
  };
  /** Process death and a fresh instance on the same database and WeCom (time moves on meanwhile). */
  const restart = async (): Promise<void> => {
    await app.close();
    clock.advance(5 * 60_000);
    app = await start();
  };
  const as = (token: string) => ({
    get: (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`),
    post: (url: string, body: object = {}) => app.http().post(url).set('Authorization', `Bearer ${token}`).send(body),
  });

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const valid = new Date(OFFICE_HOURS.getTime() + YEAR_MS);
    const contacts: SeedContact[] = [];
    const members = Array.from({ length: ADVISORS }, (_, i) => `advisor-${engine}-${i + 1}`);
    for (const [i, userid] of members.entries()) {
      for (let j = 0; j < CLIENTS_PER_ADVISOR + 1; j++) contacts.push({ externalUserId: `wm-${i}-${j}`, name: `客户${i}${j}`, followers: [userid] });
    }
    wecom = await startSharedWecom(clock, wecomSeed(members, contacts));
    app = await start();
    const hq = await makeStaff(ds(), { role: 'hq', password: PASSWORD, wecomUserId: null });
    const compliance = await makeStaff(ds(), { role: 'compliance', password: PASSWORD, wecomUserId: null });
    tokens = { hq: await app.login(hq.username!, PASSWORD), compliance: await app.login(compliance.username!, PASSWORD) };
    advisors = [];
    eligibleClientIds = [];
    for (const [i, userid] of members.entries()) {
      const advisor = await makeStaff(ds(), { wecomUserId: userid, name: `投顾${i + 1}` });
      advisors.push(advisor);
      for (let j = 0; j < CLIENTS_PER_ADVISOR; j++) {
        const client = await makeClient(ds(), { externalUserId: `wm-${i}-${j}`, riskLevel: 'C4', riskExpiresAt: valid });
        await makeFollow(ds(), client, advisor);
        eligibleClientIds.push(client.id);
      }
      // Each advisor also has one client the campaign must leave out, each for another reason.
      const odd = `wm-${i}-${CLIENTS_PER_ADVISOR}`;
      if (i === 0) await makeFollow(ds(), await makeClient(ds(), { externalUserId: odd, riskLevel: 'C1', riskExpiresAt: valid }), advisor);
      if (i === 1) await makeFollow(ds(), await makeClient(ds(), { externalUserId: odd, riskLevel: 'C4', riskExpiresAt: new Date(OFFICE_HOURS.getTime() - 86_400_000) }), advisor);
      if (i === 2) {
        const busy = await makeClient(ds(), { externalUserId: odd, riskLevel: 'C4', riskExpiresAt: valid });
        await makeFollow(ds(), busy, advisor);
        // Three messages today already: the default cap is three per day.
        for (let k = 0; k < 3; k++) {
          await ds().getRepository(Send).save({ channel: 'chat', status: 'sent', staffId: advisor.id, clientId: busy.id, contentKind: 'script', contentId: 1, versionId: 1, sentAt: new Date(OFFICE_HOURS.getTime() - (k + 1) * 60_000) });
        }
      }
      if (i === 3) await makeFollow(ds(), await makeClient(ds(), { externalUserId: odd, riskLevel: 'C4', riskExpiresAt: valid }), advisor, { state: 'deleted_by_client' });
    }
    await makeClient(ds(), { externalUserId: 'wm-orphan', riskLevel: 'C4', riskExpiresAt: valid });
    materialId = (
      await approveContent(app.http, tokens.hq, tokens.compliance, 'material', {
        type: 'link',
        title: '稳健增利精选',
        summary: '中低风险产品，适合稳健型投资者。',
        linkUrl: 'https://example.com/funds/steady',
        isProductRelated: true,
        riskLevel: 'R3',
      })
    ).id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await wecom?.close();
    await db?.drop();
    data.remove();
  });

  async function launch(name: string): Promise<Campaign> {
    const created = await as(tokens.hq).post('/api/campaigns', { name, contentKind: 'material', contentId: materialId, channel: 'mass', audience: { all: true } });
    expect(created.status).toBe(201);
    const launched = await as(tokens.hq).post(`/api/campaigns/${created.body.id}/launch`);
    expect(launched.status).toBe(200);
    return ds().getRepository(Campaign).findOneByOrFail({ id: created.body.id as number });
  }

  /** Keeps time moving so retries scheduled on the database queue come due. */
  async function fannedOut(campaign: Campaign): Promise<CampaignTask[]> {
    await waitUntil(async () => {
      clock.advance(2_000);
      const open = await ds().getRepository(CampaignTask).countBy({ campaignId: campaign.id, status: 'pending' });
      const submitting = await ds().getRepository(CampaignTask).countBy({ campaignId: campaign.id, status: 'submitting' });
      const total = await ds().getRepository(CampaignTask).countBy({ campaignId: campaign.id });
      return total > 0 && open + submitting === 0;
    }, `campaign ${campaign.id} fan-out`, 60_000);
    return ds().getRepository(CampaignTask).find({ where: { campaignId: campaign.id }, order: { staffId: 'ASC' } });
  }

  /** The invariant: one WeCom task per advisor, each eligible client in exactly one task, WeCom agreeing on who. */
  async function expectExactlyOnce(campaign: Campaign, tasks: CampaignTask[], createdBefore: number): Promise<void> {
    expect(tasks.map((t) => t.status)).toEqual(advisors.map(() => 'submitted'));
    expect(tasks.map((t) => t.staffId)).toEqual(advisors.map((a) => a.id));
    const created = wecom.shim.created.slice(createdBefore);
    expect(created).toHaveLength(ADVISORS);
    expect(new Set(created.map((r) => r.creator))).toEqual(new Set(advisors.map((a) => a.wecomUserId)));
    expect(new Set(tasks.map((t) => t.msgid))).toEqual(new Set(created.map((r) => r.msgid)));
    const sends = await ds().getRepository(Send).findBy({ campaignId: campaign.id });
    expect(sends.map((s) => s.clientId).sort((a, b) => a! - b!)).toEqual([...eligibleClientIds].sort((a, b) => a - b));
    for (const task of tasks) {
      const advisor = advisors.find((a) => a.id === task.staffId)!;
      const inWecom = wecom.simulator.state.massSends.results(task.msgid!, advisor.wecomUserId!).map((r) => r.external_userid).sort();
      const clients = await ds().query('SELECT c.external_userid AS id FROM sends s JOIN clients c ON c.id = s.client_id WHERE s.task_id = ? ORDER BY c.external_userid', [task.id]);
      expect(inWecom).toEqual((clients as { id: string }[]).map((r) => r.id));
      expect(task.recipientCount).toBe(CLIENTS_PER_ADVISOR);
    }
    expect(sends.every((s) => s.status === 'pending_confirm' && s.wecomMsgid !== null)).toBe(true);
  }

  it('should end with one WeCom task per advisor after a crash between the WeCom call and storing the msgid', async () => {
    app.running.app.get(FanoutFaults).armCrash('after-wecom-call', 2);
    const before = wecom.shim.created.length;
    const campaign = await launch('年末稳健理财');
    await waitUntil(async () => app.running.app.get(FanoutFaults).crashed, 'the injected crash');
    await restart();
    const tasks = await fannedOut(campaign);
    await expectExactlyOnce(campaign, tasks, before);

    const exclusions = await ds().getRepository(CampaignExclusion).findBy({ campaignId: campaign.id });
    expect(Object.fromEntries(exclusions.map((e) => [e.code, e.reason.length > 0]))).toEqual({
      SUITABILITY_MISMATCH: true,
      SUITABILITY_ASSESSMENT_EXPIRED: true,
      FREQUENCY_CAP: true,
      NOT_A_FRIEND: true,
      NO_ADVISOR: true,
    });
    const report = await as(tokens.hq).get(`/api/campaigns/${campaign.id}/exclusions`);
    expect(report.body.total).toBe(5);
    expect(report.body.countsByCode).toEqual({ SUITABILITY_MISMATCH: 1, SUITABILITY_ASSESSMENT_EXPIRED: 1, FREQUENCY_CAP: 1, NOT_A_FRIEND: 1, NO_ADVISOR: 1 });
  });

  if (queue === 'database') {
    it('should submit again, once, when the process died just before the WeCom call', async () => {
      app.running.app.get(FanoutFaults).armCrash('before-wecom-call', 1);
      const before = wecom.shim.created.length;
      const campaign = await launch('投教活动二');
      await waitUntil(async () => app.running.app.get(FanoutFaults).crashed, 'the injected crash');
      await restart();
      await expectExactlyOnce(campaign, await fannedOut(campaign), before);
    });

    it('should ride out a 45009 storm and an expired token with one task per advisor', async () => {
      const before = wecom.shim.created.length;
      wecom.simulator.state.injectErrors('externalcontact/add_msg_template', 45009, 9);
      wecom.simulator.state.expireAllTokens();
      const campaign = await launch('投教活动三');
      await expectExactlyOnce(campaign, await fannedOut(campaign), before);
    });

    it('should sync confirmations into deliveries and enforce three reminders per 24 hours', async () => {
      const campaign = await ds().getRepository(Campaign).findOneByOrFail({ name: '投教活动三' });
      const tasks = await ds().getRepository(CampaignTask).find({ where: { campaignId: campaign.id }, order: { staffId: 'ASC' } });
      const first = tasks[0]!;
      wecom.simulator.state.confirmMassSend(first.msgid!, advisors[0]!.wecomUserId!);
      const synced = await as(tokens.hq).post(`/api/campaigns/${campaign.id}/sync`);
      expect(synced.body).toEqual({ synced: 1, waitingForAdvisor: ADVISORS - 1 });
      const detail = await as(tokens.hq).get(`/api/campaigns/${campaign.id}`);
      expect(detail.body.progress).toMatchObject({ assigned: ADVISORS * CLIENTS_PER_ADVISOR, confirmed: CLIENTS_PER_ADVISOR, delivered: CLIENTS_PER_ADVISOR, opened: 0 });
      expect(detail.body.status).toBe('running');

      const reminded: number[] = [];
      for (let round = 0; round < 4; round++) {
        const res = await as(tokens.hq).post(`/api/campaigns/${campaign.id}/remind`, { taskIds: [tasks[1]!.id] });
        reminded.push(res.body.reminded.length);
        if (round === 3) expect(res.body.skipped[0].reasonZh).toContain('24小时内最多提醒3次');
      }
      expect(reminded).toEqual([1, 1, 1, 0]);
      const breakdown = await as(tokens.hq).get(`/api/campaigns/${campaign.id}/advisors`);
      expect(breakdown.body.find((b: { staffId: number }) => b.staffId === advisors[1]!.id).reminders).toBe(3);
      expect(breakdown.body.find((b: { staffId: number }) => b.staffId === advisors[0]!.id).delivered).toBe(CLIENTS_PER_ADVISOR);
    });
  }
});
