import { rmSync } from 'node:fs';
import type { Client } from '../src/modules/clients/client.entity.js';
import { MomentsTask } from '../src/modules/outreach/moments/moments-task.entity.js';
import { Send } from '../src/modules/outreach/sends/send.entity.js';
import { api, approved, type ContentIds, OFFICE_HOURS, person, type Person, tempDataDirEnv, YEAR_MS } from './library-fixtures.js';
import { waitUntil, wecomSeed } from './outreach-fixtures.js';
import { makeClient, makeFollow } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

describe.each(TEST_ENGINES)('mass sends, shares, moments and advisor tasks on %s', (engine) => {
  let t: TestApp;
  let hq: Person;
  let compliance: Person;
  let advisor: Person;
  let admin: Person;
  let clients: Client[];
  let cautious: Client;
  let content: Record<'article' | 'product' | 'lesson', ContentIds>;

  beforeAll(async () => {
    const friends = ['wm-a', 'wm-b', 'wm-c', 'wm-cautious'].map((id) => ({ externalUserId: id, name: id, followers: ['advisor-mass'] }));
    const group = { chat_id: 'wr-mass-group', name: '周敏的客户群', owner: 'advisor-mass', create_time: 1_700_000_000, member_list: [{ userid: 'advisor-mass', type: 1 as const, join_time: 1_700_000_000 }] };
    t = await startTestApp({ engine, env: tempDataDirEnv(), seed: wecomSeed(['advisor-mass'], friends, [group]) });
    t.clock.set(OFFICE_HOURS);
    hq = await person(t, 'hq');
    compliance = await person(t, 'compliance');
    admin = await person(t, 'admin');
    advisor = await person(t, 'advisor', { wecomUserId: 'advisor-mass', name: '周敏' });
    const valid = new Date(OFFICE_HOURS.getTime() + YEAR_MS);
    clients = [];
    for (const id of ['wm-a', 'wm-b', 'wm-c']) {
      const client = await makeClient(t.dataSource, { externalUserId: id, riskLevel: 'C4', riskExpiresAt: valid });
      await makeFollow(t.dataSource, client, advisor.staff);
      clients.push(client);
    }
    cautious = await makeClient(t.dataSource, { name: '谨慎客户', externalUserId: 'wm-cautious', riskLevel: 'C1', riskExpiresAt: valid });
    await makeFollow(t.dataSource, cautious, advisor.staff);
    content = {
      article: await approved(t, hq, compliance, 'material', { type: 'article', title: '长期投资的复利', summary: '时间是投资者的朋友。', bodyHtml: '<p>复利</p>' }),
      product: await approved(t, hq, compliance, 'material', { type: 'link', title: '稳健产品', linkUrl: 'https://example.com/p', isProductRelated: true, riskLevel: 'R3' }),
      lesson: await approved(t, hq, compliance, 'script', { title: '投教', body: '本周投教直播周三晚八点开始。' }),
    };
  }, 120_000);
  afterAll(async () => {
    await t.close();
    rmSync(t.config.dataDir, { recursive: true, force: true });
  });

  const audience = { all: true };

  it('should preview eligible and excluded clients with reasons', async () => {
    const res = await api(t, advisor).post('/api/mass-sends/preview', { contentKind: 'material', contentId: content.product.id, audience });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ eligible: 3, excludedTotal: 1, countsByReason: { SUITABILITY_MISMATCH: 1 }, excludedTruncated: false });
    expect(res.body.excluded).toEqual([expect.objectContaining({ clientId: cautious.id, clientName: '谨慎客户', code: 'SUITABILITY_MISMATCH' })]);
  });

  it("should create one WeCom task as the advisor and sync the advisor's confirmation into deliveries", async () => {
    const created = await api(t, advisor).post('/api/mass-sends', { contentKind: 'material', contentId: content.product.id, audience });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ origin: 'advisor', eligibleCount: 3, excludedCount: 1, taskCount: 1 });
    const id = created.body.id as number;
    const sends = () => t.dataSource.getRepository(Send).findBy({ campaignId: id });
    await waitUntil(async () => (await sends()).every((s) => s.status === 'pending_confirm'), 'the WeCom task');
    const msgid = (await sends())[0]!.wecomMsgid!;
    const sim = t.running.simulator!.state;
    expect(sim.massSends.tasks(msgid)).toEqual([expect.objectContaining({ userid: 'advisor-mass', status: 0 })]);
    sim.confirmMassSend(msgid, 'advisor-mass');
    const synced = await api(t, advisor).post(`/api/mass-sends/${id}/sync`);
    expect(synced.body).toEqual({ synced: 1, waitingForAdvisor: 0 });
    const detail = await api(t, advisor).get(`/api/mass-sends/${id}`);
    expect(detail.body.status).toBe('completed');
    expect(detail.body.progress).toMatchObject({ assigned: 3, delivered: 3, failed: 0 });
    const other = await person(t, 'advisor');
    expect((await api(t, other).get(`/api/mass-sends/${id}`)).status).toBe(404);
  });

  it('should return shareToExternalContact params and record the shares once WeCom resolved', async () => {
    const res = await api(t, advisor).post('/api/mass-sends/share-payload', { contentKind: 'material', contentId: content.article.id, audience: { clientIds: clients.map((c) => c.id) } });
    expect(res.status).toBe(200);
    expect(res.body.params.externalUserIds.sort()).toEqual(['wm-a', 'wm-b', 'wm-c']);
    expect(res.body.params.attachments[0]).toMatchObject({ msgtype: 'link', link: { title: '长期投资的复利', url: expect.stringMatching(/\/t\/[A-Za-z0-9_-]{22}$/) } });
    const done = await api(t, advisor).post(`/api/mass-sends/${res.body.shareId}/share-result`, {});
    expect(done.status).toBe(200);
    const shares = await t.dataSource.getRepository(Send).findBy({ campaignId: res.body.shareId });
    expect(shares.map((s) => [s.channel, s.status])).toEqual([['share', 'sent'], ['share', 'sent'], ['share', 'sent']]);
  });

  it('should refuse product content on moments and publish a lesson through add_moment_task', async () => {
    const refused = await api(t, advisor).post('/api/moments', { contentKind: 'material', contentId: content.product.id });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('SUITABILITY_MISMATCH');
    const res = await api(t, hq).post('/api/moments', { contentKind: 'script', contentId: content.lesson.id, senderStaffIds: [advisor.staff.id] });
    expect(res.status).toBe(201);
    expect(res.body.senderCount).toBe(1);
    await waitUntil(async () => {
      t.clock.advance(5_000);
      return (await t.dataSource.getRepository(MomentsTask).findOneByOrFail({ id: res.body.id })).status === 'done';
    }, 'the moments job');
    const task = await api(t, hq).get(`/api/moments/${res.body.id}`);
    expect(task.body).toMatchObject({ status: 'done', momentId: expect.stringMatching(/^mom/), invalidSenders: [] });
  });

  it("should show HQ tasks as the advisor's to-dos and let the advisor edit and send from one", async () => {
    const campaign = await api(t, hq).post('/api/campaigns', { name: '周三直播', contentKind: 'script', contentId: content.lesson.id, channel: 'mass', audience: { clientIds: [clients[0]!.id] } });
    expect((await api(t, hq).post(`/api/campaigns/${campaign.body.id}/launch`)).status).toBe(200);
    await waitUntil(async () => (await api(t, advisor).get('/api/tasks')).body.some((task: { status: string }) => task.status === 'submitted'), 'the task');
    const [task] = (await api(t, advisor).get('/api/tasks')).body as { id: number; campaignName: string; needsConfirmation: boolean; recipientCount: number; title: string }[];
    expect(task).toMatchObject({ campaignName: '周三直播', needsConfirmation: true, recipientCount: 1, title: '投教' });
    const edited = await api(t, advisor).post('/api/sends/prepare', { externalUserId: 'wm-b', contentKind: 'script', contentId: content.lesson.id, editedText: '王先生，周三晚八点的直播别错过。', taskId: task!.id });
    expect(edited.status).toBe(200);
    expect((await t.dataSource.getRepository(Send).findOneByOrFail({ id: edited.body.sendId })).taskId).toBe(task!.id);
    const wrongContent = await api(t, advisor).post('/api/sends/prepare', { externalUserId: 'wm-b', contentKind: 'material', contentId: content.article.id, taskId: task!.id });
    expect(wrongContent.status).toBe(400);
    const done = await api(t, advisor).post(`/api/tasks/${task!.id}/done`);
    expect(done.body[0].status).toBe('done');
    expect((await api(t, hq).get(`/api/campaigns/${campaign.body.id}`)).body.status).toBe('completed');
    expect((await api(t, advisor).get('/api/campaigns')).status).toBe(403);
  });

  it("should mass-send into the advisors' group chats and record each chat once WeCom reports it", async () => {
    const refused = await api(t, hq).post('/api/campaigns', { name: '群发产品', contentKind: 'material', contentId: content.product.id, channel: 'group_mass', audience });
    expect((await api(t, hq).post(`/api/campaigns/${refused.body.id}/launch`)).body.code).toBe('SUITABILITY_MISMATCH');
    const created = await api(t, hq).post('/api/campaigns', { name: '群里的投教', contentKind: 'script', contentId: content.lesson.id, channel: 'group_mass', audience });
    expect((await api(t, hq).post(`/api/campaigns/${created.body.id}/launch`)).status).toBe(200);
    const tasks = async () => (await api(t, hq).get(`/api/campaigns/${created.body.id}/advisors`)).body as { tasksByStatus: Record<string, number> }[];
    await waitUntil(async () => (await tasks())[0]?.tasksByStatus.submitted === 1, 'the group task');
    const msgid = (await t.dataSource.query('SELECT msgid FROM campaign_tasks WHERE campaign_id = ?', [created.body.id]))[0].msgid as string;
    t.running.simulator!.state.confirmMassSend(msgid, 'advisor-mass');
    expect((await api(t, hq).post(`/api/campaigns/${created.body.id}/sync`)).body).toEqual({ synced: 1, waitingForAdvisor: 0 });
    const chats = await t.dataSource.getRepository(Send).findBy({ campaignId: created.body.id });
    expect(chats.map((s) => [s.channel, s.chatId, s.status])).toEqual([['group_mass', 'wr-mass-group', 'delivered']]);
    expect((await api(t, hq).get(`/api/campaigns/${created.body.id}`)).body.status).toBe('completed');
  });

  it('should list dead jobs to admins only', async () => {
    expect((await api(t, admin).get('/api/jobs/dead')).status).toBe(200);
    expect((await api(t, hq).get('/api/jobs/dead')).status).toBe(403);
    expect((await api(t, admin).post('/api/jobs/999999/retry')).status).toBe(404);
  });
});
