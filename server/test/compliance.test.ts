import { rmSync } from 'node:fs';
import type { ErrorCode } from '@valuelens/contracts';
import type { Client } from '../src/modules/clients/client.entity.js';
import { SendGateService } from '../src/modules/compliance/send-gate/send-gate.service.js';
import type { SendCheckRequest } from '../src/modules/compliance/send-gate/send-gate.types.js';
import { api, approved, type ContentIds, OFFICE_HOURS, person, type Person, tempDataDirEnv, YEAR_MS } from './library-fixtures.js';
import { makeClient, makeFollow } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

const DAY_MS = 86_400_000;

describe.each(TEST_ENGINES)('compliance gate on %s', (engine) => {
  let t: TestApp;
  let hq: Person;
  let compliance: Person;
  let advisor: Person;
  let clients: Record<'wang' | 'zhao' | 'lapsed' | 'stranger', Client>;
  let content: Record<'education' | 'productR4' | 'draft' | 'expiring', ContentIds>;

  beforeAll(async () => {
    t = await startTestApp({ engine, env: tempDataDirEnv() });
    t.clock.set(OFFICE_HOURS);
    const now = OFFICE_HOURS.getTime();
    hq = await person(t, 'hq');
    compliance = await person(t, 'compliance', { name: '合规老陈' });
    advisor = await person(t, 'advisor', { name: '张伟' });
    const ds = t.dataSource;
    const valid = new Date(now + YEAR_MS);
    clients = {
      wang: await makeClient(ds, { name: '王强', gender: 'male', riskLevel: 'C2', riskExpiresAt: valid }),
      zhao: await makeClient(ds, { name: '赵敏', gender: 'female', riskLevel: 'C5', riskExpiresAt: valid }),
      lapsed: await makeClient(ds, { name: '钱进', riskLevel: 'C4', riskExpiresAt: new Date(now - DAY_MS) }),
      stranger: await makeClient(ds, { name: '孙立', riskLevel: 'C5', riskExpiresAt: valid }),
    };
    for (const client of [clients.wang, clients.zhao, clients.lapsed]) await makeFollow(ds, client, advisor.staff);

    const script = (title: string, body: string, extra: object = {}) => ({ title, body, ...extra });
    const draft = await api(t, hq).post('/api/scripts', script('草稿话术', '您好'));
    content = {
      education: await approved(t, hq, compliance, 'script', script('投教课程提醒', '{{客户称呼}}您好，本周投教课程已更新。', { disclaimerType: 'education' })),
      productR4: await approved(t, hq, compliance, 'script', script('权益产品推介', '{{产品名称}}开放申购。', { isProductRelated: true, riskLevel: 'R4', productName: '成长精选' })),
      draft: { id: draft.body.id, versionId: draft.body.latestVersionId },
      expiring: await approved(t, hq, compliance, 'script', script('限时观点', '今日市场观点。'), { validUntil: new Date(now + 3_600_000).toISOString() }),
    };
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(t.config.dataDir, { recursive: true, force: true });
  });

  const request = (client: keyof typeof clients, item: keyof typeof content, extra: Partial<SendCheckRequest> = {}): SendCheckRequest => ({
    clientId: clients[client].id,
    contentKind: 'script',
    contentId: content[item].id,
    channel: 'chat',
    ...extra,
  });

  /** The same decision through the service every send path uses and through the sidebar's endpoint. */
  async function expectBlocked(req: SendCheckRequest, code: ErrorCode): Promise<{ reasonZh: string }> {
    const viaService = await t.running.app.get(SendGateService).check(advisor.actor, req);
    expect({ allowed: viaService.allowed, code: viaService.code }).toEqual({ allowed: false, code });
    const viaHttp = await api(t, advisor).post('/api/compliance/check-send', req);
    expect(viaHttp.status).toBe(200);
    expect({ allowed: viaHttp.body.allowed, code: viaHttp.body.code }).toEqual({ allowed: false, code });
    expect(viaHttp.body.reasonZh).toBe(viaService.reasonZh);
    await expect(t.running.app.get(SendGateService).require(advisor.actor, req)).rejects.toMatchObject({ code });
    return viaHttp.body;
  }

  async function withSettings(frequency: object, body: () => Promise<void>): Promise<void> {
    const defaults = (await api(t, compliance).get('/api/compliance/settings')).body.frequency;
    const put = await api(t, compliance).put('/api/compliance/settings', { frequency: { ...defaults, cappedChannels: undefined, ...frequency } });
    expect(put.status).toBe(200);
    try {
      await body();
    } finally {
      const { cappedChannels: _fixed, ...restorable } = defaults;
      await api(t, compliance).put('/api/compliance/settings', { frequency: restorable });
    }
  }

  it('should let suitable, approved content through with variables filled and the disclaimer appended', async () => {
    const res = await api(t, advisor).post('/api/compliance/check-send', request('wang', 'education'));
    expect(res.body).toMatchObject({ allowed: true, version: { versionId: content.education.versionId, approvedBy: { name: '合规老陈' } } });
    expect(res.body.outgoingText).toMatch(/^王先生您好，本周投教课程已更新。\n\n本资料为投资者教育内容/);
    const product = await api(t, advisor).post('/api/compliance/check-send', request('zhao', 'productR4'));
    expect(product.body.allowed).toBe(true);
    expect(product.body.outgoingText).toContain('成长精选开放申购。');
    expect(product.body.outgoingText).toContain('本产品风险等级为R4');
  });

  it('should refuse content that is not approved', async () => {
    await expectBlocked(request('wang', 'draft'), 'CONTENT_NOT_APPROVED');
  });

  it('should refuse R4 content to a C2 client and say why', async () => {
    const body = await expectBlocked(request('wang', 'productR4'), 'SUITABILITY_MISMATCH');
    expect(body.reasonZh).toContain('C2');
    expect(body.reasonZh).toContain('R4');
  });

  it('should refuse product content to a client whose assessment expired', async () => {
    await expectBlocked(request('lapsed', 'productR4'), 'SUITABILITY_ASSESSMENT_EXPIRED');
  });

  it('should screen the advisor-edited text', async () => {
    const body = await expectBlocked(request('wang', 'education', { editedText: '{{客户称呼}}，这只基金保证收益，稳赚不赔！' }), 'SCREENING_BLOCKED');
    expect(body.reasonZh).toContain('稳赚不赔');
  });

  it('should refuse proactive sends in the quiet hours set by compliance, but allow a live reply', async () => {
    await withSettings({ quietHours: { start: '09:00', end: '11:00' } }, async () => {
      await expectBlocked(request('wang', 'education'), 'QUIET_HOURS');
      const live = await api(t, advisor).post('/api/compliance/check-send', request('wang', 'education', { liveConversation: true }));
      expect(live.body.allowed).toBe(true);
    });
    expect((await api(t, advisor).post('/api/compliance/check-send', request('wang', 'education'))).body.allowed).toBe(true);
  });

  it('should refuse a send over the frequency budget', async () => {
    await withSettings({ caps: { perDay: 0, perWeek: null, perMonth: null } }, async () => {
      const body = await expectBlocked(request('wang', 'education'), 'FREQUENCY_CAP');
      expect((body as unknown as { nextAllowedAt: string }).nextAllowedAt).toBe('2026-11-19T00:00:00.000Z');
    });
  });

  it('should answer 404 for a client outside the advisor scope and 400 without a recipient', async () => {
    const res = await api(t, advisor).post('/api/compliance/check-send', request('stranger', 'education'));
    expect(res.status).toBe(404);
    const none = await api(t, advisor).post('/api/compliance/check-send', { contentKind: 'script', contentId: content.education.id, channel: 'chat' });
    expect(none.status).toBe(400);
  });

  it('should keep settings to compliance and validate them', async () => {
    expect((await api(t, advisor).get('/api/compliance/settings')).status).toBe(403);
    const bad = await api(t, compliance).put('/api/compliance/settings', { frequency: { caps: {}, quietHours: { start: '25:00', end: '08:00' }, liveConversationExemptFromCaps: true, wecomMassQuota: 'days_in_month' } });
    expect(bad.status).toBe(400);
    const disclaimers = await api(t, compliance).put('/api/compliance/settings', { disclaimers: { overrides: { education: '仅供学习交流，不构成投资建议。' } } });
    expect(disclaimers.body.disclaimers.overrides).toEqual({ education: '仅供学习交流，不构成投资建议。' });
    const res = await api(t, advisor).post('/api/compliance/check-send', request('wang', 'education'));
    expect(res.body.outgoingText).toBe('王先生您好，本周投教课程已更新。\n\n仅供学习交流，不构成投资建议。');
    await api(t, compliance).put('/api/compliance/settings', { disclaimers: { overrides: {} } });
  });

  it('should seed the default lexicon and let compliance maintain it', async () => {
    const list = await api(t, compliance).get('/api/compliance/lexicon?pageSize=10');
    expect(list.body.total).toBeGreaterThanOrEqual(100);
    expect((await api(t, advisor).post('/api/compliance/lexicon', { term: '财富密码', level: 'block', category: 'stock_tip', reason: '荐股' })).status).toBe(403);

    const created = await api(t, compliance).post('/api/compliance/lexicon', { term: '财富密码', level: 'block', category: 'stock_tip', reason: '承诺涨幅的荐股用语' });
    expect(created.status).toBe(201);
    const screened = await api(t, advisor).post('/api/compliance/screen', { text: '这是一组财富密码' });
    expect(screened.body).toMatchObject({ verdict: 'block', hits: [{ term: '财富密码', start: 4, end: 8 }] });
    expect((await api(t, compliance).post('/api/compliance/lexicon', { term: '财富密码', level: 'warn', category: 'stock_tip', reason: '重复' })).status).toBe(409);

    await api(t, compliance).put(`/api/compliance/lexicon/${created.body.id}`, { level: 'warn' });
    expect((await api(t, advisor).post('/api/compliance/screen', { text: '这是一组财富密码' })).body.verdict).toBe('warn');
    expect((await api(t, compliance).delete(`/api/compliance/lexicon/${created.body.id}`)).status).toBe(204);
    expect((await api(t, advisor).post('/api/compliance/screen', { text: '这是一组财富密码' })).body.verdict).toBe('pass');
  });

  it('should pick up a lexicon change made by another instance once the version check expires', async () => {
    expect((await api(t, advisor).post('/api/compliance/screen', { text: '神秘代码来了' })).body.verdict).toBe('pass');
    // Another server instance writes the row and bumps the shared counter.
    await t.dataSource.query(
      "INSERT INTO lexicon_entries (term, level, category, reason, enabled) VALUES ('神秘代码', 'block', 'stock_tip', '炒作用语', 1)",
    );
    await t.dataSource.query('UPDATE lexicon_versions SET version = version + 1 WHERE id = 1');
    expect((await api(t, advisor).post('/api/compliance/screen', { text: '神秘代码来了' })).body.verdict).toBe('pass');
    const start = t.clock.now();
    t.clock.set(new Date(start.getTime() + 6_000));
    try {
      expect((await api(t, advisor).post('/api/compliance/screen', { text: '神秘代码来了' })).body.verdict).toBe('block');
    } finally {
      t.clock.set(start);
    }
  });

  it('should refuse content past its validity window', async () => {
    const start = t.clock.now();
    t.clock.set(new Date(start.getTime() + 2 * 3_600_000));
    try {
      await expectBlocked(request('wang', 'expiring'), 'CONTENT_EXPIRED');
    } finally {
      t.clock.set(start);
    }
  });
});
