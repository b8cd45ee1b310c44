import { rmSync } from 'node:fs';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AuditLog } from '../src/modules/audit/audit-log.entity.js';
import type { Client } from '../src/modules/clients/client.entity.js';
import { Send } from '../src/modules/outreach/sends/send.entity.js';
import { SEND_RECORDED, type SendRecordedEvent } from '../src/modules/outreach/sends/send-events.js';
import { TrackedLink } from '../src/modules/outreach/sends/tracked-link.entity.js';
import { api, approved, type ContentIds, OFFICE_HOURS, person, type Person, pngBase64, tempDataDirEnv, YEAR_MS } from './library-fixtures.js';
import { wecomSeed } from './outreach-fixtures.js';
import { makeClient, makeFollow } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

const DAY_MS = 86_400_000;
const TRACKED = /^http:\/\/127\.0\.0\.1:\d+\/t\/[A-Za-z0-9_-]{22}$/;

describe.each(TEST_ENGINES)('one-click send on %s', (engine) => {
  let t: TestApp;
  let hq: Person;
  let compliance: Person;
  let advisor: Person;
  let clients: Record<'wang' | 'cautious' | 'lapsed' | 'busy', Client>;
  let content: Record<'article' | 'greeting' | 'product' | 'draft' | 'poster', ContentIds>;
  const recorded: SendRecordedEvent[] = [];

  beforeAll(async () => {
    const group = { chat_id: 'wrgroup01', name: '投教交流群', owner: 'advisor-zw', create_time: 1_700_000_000, member_list: [
      { userid: 'advisor-zw', type: 1 as const, join_time: 1_700_000_000 },
      { userid: 'wm-wang', type: 2 as const, join_time: 1_700_000_100 },
    ] };
    const stranger = { ...group, chat_id: 'wrgroup02', owner: 'someone-else', member_list: [{ userid: 'someone-else', type: 1 as const, join_time: 1_700_000_000 }] };
    t = await startTestApp({ engine, env: tempDataDirEnv(), seed: wecomSeed(['advisor-zw', 'someone-else'], [], [group, stranger]) });
    t.clock.set(OFFICE_HOURS);
    hq = await person(t, 'hq');
    compliance = await person(t, 'compliance', { name: '合规老陈' });
    advisor = await person(t, 'advisor', { name: '张伟', wecomUserId: 'advisor-zw' });
    const valid = new Date(OFFICE_HOURS.getTime() + YEAR_MS);
    const ds = t.dataSource;
    clients = {
      wang: await makeClient(ds, { name: '王强', gender: 'male', externalUserId: 'wm-wang', riskLevel: 'C4', riskExpiresAt: valid }),
      cautious: await makeClient(ds, { name: '李静', externalUserId: 'wm-li', riskLevel: 'C1', riskExpiresAt: valid }),
      lapsed: await makeClient(ds, { name: '钱进', externalUserId: 'wm-qian', riskLevel: 'C4', riskExpiresAt: new Date(OFFICE_HOURS.getTime() - DAY_MS) }),
      busy: await makeClient(ds, { name: '孙立', externalUserId: 'wm-sun', riskLevel: 'C4', riskExpiresAt: valid }),
    };
    for (const client of Object.values(clients)) await makeFollow(ds, client, advisor.staff);
    const upload = await api(t, hq).post('/api/materials/uploads', { filename: '海报.png', contentType: 'image/png', dataBase64: pngBase64() });
    const draft = await api(t, hq).post('/api/scripts', { title: '草稿', body: '您好' });
    content = {
      article: await approved(t, hq, compliance, 'material', { type: 'link', title: '三分钟读懂资产配置', summary: '为什么不要把鸡蛋放在一个篮子里。', linkUrl: 'https://example.com/a' }),
      greeting: await approved(t, hq, compliance, 'script', { title: '课程提醒', body: '{{客户称呼}}您好，本周投教课程已更新。', disclaimerType: 'education' }),
      product: await approved(t, hq, compliance, 'script', { title: '权益产品', body: '成长精选开放申购。', isProductRelated: true, riskLevel: 'R4' }),
      draft: { id: draft.body.id, versionId: draft.body.latestVersionId },
      poster: await approved(t, hq, compliance, 'material', { type: 'poster', title: '年末海报', fileKey: upload.body.key }),
    };
    t.running.app.get(EventEmitter2).on(SEND_RECORDED, (event: SendRecordedEvent) => recorded.push(event));
  }, 120_000);
  afterAll(async () => {
    await t.close();
    rmSync(t.config.dataDir, { recursive: true, force: true });
  });

  const prepare = (body: object) => api(t, advisor).post('/api/sends/prepare', body);

  it('should return a news card whose link is a /t/ tracked link, and record the send once confirmed', async () => {
    const res = await prepare({ externalUserId: 'wm-wang', contentKind: 'material', contentId: content.article.id });
    expect(res.status).toBe(200);
    expect(res.body.message.msgtype).toBe('news');
    expect(res.body.message.news.link).toMatch(TRACKED);
    expect(res.body.trackedUrl).toBe(res.body.message.news.link);
    expect(res.body.message.news.title).toBe('三分钟读懂资产配置');
    expect(res.body.message.news.desc).toContain('鸡蛋');
    const token = (res.body.message.news.link as string).split('/t/')[1];
    const link = await t.dataSource.getRepository(TrackedLink).findOneByOrFail({ token });
    expect(link).toMatchObject({ sendId: res.body.sendId, clientId: clients.wang.id, staffId: advisor.staff.id, versionId: content.article.versionId });
    expect((await t.dataSource.getRepository(Send).findOneByOrFail({ id: res.body.sendId })).status).toBe('prepared');

    const confirmed = await api(t, advisor).post(`/api/sends/${res.body.sendId}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'sent', channel: 'chat', clientId: clients.wang.id, versionId: content.article.versionId, approverId: compliance.staff.id });
    expect(recorded).toContainEqual(expect.objectContaining({ sendId: res.body.sendId, clientId: clients.wang.id, staffId: advisor.staff.id }));
    const audit = await t.dataSource.getRepository(AuditLog).findBy({ action: 'send.confirmed', targetId: String(res.body.sendId) });
    expect(audit).toHaveLength(1);
    const again = await api(t, advisor).post(`/api/sends/${res.body.sendId}/confirm`);
    expect(again.status).toBe(200);
    expect(await t.dataSource.getRepository(AuditLog).countBy({ action: 'send.confirmed', targetId: String(res.body.sendId) })).toBe(1);
    const material = await api(t, hq).get(`/api/materials/${content.article.id}`);
    expect(material.body.sentCount).toBe(1);
  });

  it('should fill the script for the client, append the disclaimer and screen edited text again', async () => {
    const res = await prepare({ externalUserId: 'wm-wang', contentKind: 'script', contentId: content.greeting.id });
    expect(res.status).toBe(200);
    expect(res.body.message.msgtype).toBe('text');
    expect(res.body.message.text.content).toMatch(/^王先生您好，本周投教课程已更新。/);
    expect(res.body.message.text.content.length).toBeGreaterThan('王先生您好，本周投教课程已更新。'.length);
    expect(res.body.trackedUrl).toBeUndefined();
    const edited = await prepare({ externalUserId: 'wm-wang', contentKind: 'script', contentId: content.greeting.id, editedText: '这只基金保证收益，稳赚不赔！' });
    expect(edited.status).toBe(422);
    expect(edited.body.code).toBe('SCREENING_BLOCKED');
    const failed = await api(t, advisor).post(`/api/sends/${res.body.sendId}/fail`, { errMsg: 'sendChatMessage:fail cancel' });
    expect(failed.body).toMatchObject({ status: 'failed', failReason: 'sendChatMessage:fail cancel' });
  });

  it('should refuse with the stable codes', async () => {
    const refusal = async (body: object) => {
      const res = await prepare(body);
      return { status: res.status, code: res.body.code as string };
    };
    expect(await refusal({ externalUserId: 'wm-wang', contentKind: 'script', contentId: content.draft.id })).toEqual({ status: 409, code: 'CONTENT_NOT_APPROVED' });
    expect(await refusal({ externalUserId: 'wm-li', contentKind: 'script', contentId: content.product.id })).toEqual({ status: 409, code: 'SUITABILITY_MISMATCH' });
    expect(await refusal({ externalUserId: 'wm-qian', contentKind: 'script', contentId: content.product.id })).toEqual({ status: 409, code: 'SUITABILITY_ASSESSMENT_EXPIRED' });
    for (let i = 0; i < 3; i++) {
      const ok = await prepare({ externalUserId: 'wm-sun', contentKind: 'script', contentId: content.greeting.id });
      await api(t, advisor).post(`/api/sends/${ok.body.sendId}/confirm`);
    }
    expect(await refusal({ externalUserId: 'wm-sun', contentKind: 'script', contentId: content.greeting.id })).toEqual({ status: 409, code: 'FREQUENCY_CAP' });
    t.clock.set(new Date('2026-11-17T23:30:00.000Z')); // 07:30 in Shanghai, before quiet hours end
    try {
      expect(await refusal({ externalUserId: 'wm-wang', contentKind: 'script', contentId: content.greeting.id })).toEqual({ status: 409, code: 'QUIET_HOURS' });
    } finally {
      t.clock.set(OFFICE_HOURS);
    }
    expect(await refusal({ externalUserId: 'wm-nobody', contentKind: 'script', contentId: content.greeting.id })).toEqual({ status: 404, code: 'NOT_FOUND' });
  });

  it('should send a poster natively with a WeCom media id', async () => {
    const res = await prepare({ externalUserId: 'wm-wang', contentKind: 'material', contentId: content.poster.id });
    expect(res.status).toBe(200);
    expect(res.body.message.msgtype).toBe('image');
    expect(res.body.message.image.mediaid).toMatch(/^i/);
  });

  it('should send into a group the advisor is in, but only content that is not about a product', async () => {
    const ok = await prepare({ chatId: 'wrgroup01', contentKind: 'material', contentId: content.article.id });
    expect(ok.status).toBe(200);
    expect((await t.dataSource.getRepository(Send).findOneByOrFail({ id: ok.body.sendId })).chatId).toBe('wrgroup01');
    const product = await prepare({ chatId: 'wrgroup01', contentKind: 'script', contentId: content.product.id });
    expect(product.status).toBe(409);
    expect(product.body.code).toBe('SUITABILITY_MISMATCH');
    expect(product.body.message).toContain('群');
    expect((await prepare({ chatId: 'wrgroup02', contentKind: 'material', contentId: content.article.id })).status).toBe(404);
  });

  it("should not let an advisor confirm someone else's send", async () => {
    const res = await prepare({ externalUserId: 'wm-wang', contentKind: 'material', contentId: content.article.id });
    const other = await person(t, 'advisor');
    expect((await api(t, other).post(`/api/sends/${res.body.sendId}/confirm`)).status).toBe(404);
  });
});
