import { rmSync } from 'node:fs';
import { SendableContentService } from '../src/modules/library/send/sendable-content.service.js';
import { WecomMediaService } from '../src/modules/library/media/wecom-media.service.js';
import { api, approved, OFFICE_HOURS, person, type Person, pngBase64, tempDataDirEnv } from './library-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

describe.each(TEST_ENGINES)('content libraries and approval on %s', (engine) => {
  let t: TestApp;
  let hq: Person;
  let compliance: Person;
  let advisor: Person;
  let admin: Person;

  beforeAll(async () => {
    t = await startTestApp({ engine, env: tempDataDirEnv() });
    t.clock.set(OFFICE_HOURS);
    hq = await person(t, 'hq', { name: '总部小周' });
    compliance = await person(t, 'compliance', { name: '合规老陈' });
    advisor = await person(t, 'advisor');
    admin = await person(t, 'admin');
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(t.config.dataDir, { recursive: true, force: true });
  });

  const script = (title: string, body: string, extra: object = {}) => ({ title, body, targetArchetypes: ['security'], ...extra });

  it('should let HQ create a draft that advisors cannot see until compliance approves it', async () => {
    const created = await api(t, hq).post('/api/scripts', script('开户欢迎语', '{{客户称呼}}您好，我是{{顾问姓名}}。'));
    expect(created.status).toBe(201);
    expect(created.body.version).toMatchObject({ versionNo: 1, status: 'draft', variables: ['客户称呼', '顾问姓名'] });
    expect((await api(t, advisor).get(`/api/scripts/${created.body.id}`)).status).toBe(404);
    expect((await api(t, advisor).post('/api/scripts', script('x', 'y'))).status).toBe(403);

    await api(t, hq).post(`/api/versions/script/${created.body.latestVersionId}/submit`);
    const approval = await api(t, compliance).post(`/api/approvals/script/${created.body.latestVersionId}/approve`, { comment: '同意' });
    expect(approval.status).toBe(200);
    expect(approval.body).toMatchObject({ status: 'approved', approvedBy: { id: compliance.staff.id, name: '合规老陈' }, reviewComment: '同意' });
    const seen = await api(t, advisor).get(`/api/scripts/${created.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.version.status).toBe('approved');
  });

  it('should forbid approving a version one submitted oneself', async () => {
    const created = await api(t, admin).post('/api/scripts', script('自审测试', '您好'));
    await api(t, admin).post(`/api/versions/script/${created.body.latestVersionId}/submit`);
    const self = await api(t, admin).post(`/api/approvals/script/${created.body.latestVersionId}/approve`);
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('SELF_APPROVAL_FORBIDDEN');
    expect((await api(t, compliance).post(`/api/approvals/script/${created.body.latestVersionId}/approve`)).status).toBe(200);
  });

  it('should edit an unsubmitted draft in place and refuse to approve it', async () => {
    const created = await api(t, hq).post('/api/scripts', script('草稿', '您好'));
    const edited = await api(t, hq).put(`/api/scripts/${created.body.id}`, { body: '您好，改过的草稿' });
    expect(edited.body.version).toMatchObject({ id: created.body.latestVersionId, versionNo: 1, body: '您好，改过的草稿', title: '草稿' });
    const res = await api(t, compliance).post(`/api/approvals/script/${created.body.latestVersionId}/approve`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('INVALID_STATE');
  });

  it('should keep the previous approved version sendable while v2 is pending and switch when v2 is approved', async () => {
    const v1 = await approved(t, hq, compliance, 'script', script('稳健理财周报', '本周市场回顾。', { riskLevel: 'R2', isProductRelated: true }));
    const edit = await api(t, hq).put(`/api/scripts/${v1.id}`, { body: '本周市场回顾（更新版）。\n新增债市观点。', riskLevel: 'R3' });
    expect(edit.body.version).toMatchObject({ versionNo: 2, status: 'draft' });
    const v2 = edit.body.latestVersionId as number;
    await api(t, hq).post(`/api/versions/script/${v2}/submit`);

    const content = t.running.app.get(SendableContentService);
    const whilePending = await content.load('script', v1.id);
    expect(whilePending).toMatchObject({ sendable: true, version: { id: v1.versionId, versionNo: 1 } });

    await api(t, compliance).post(`/api/approvals/script/${v2}/approve`);
    const afterApproval = await content.load('script', v1.id);
    expect(afterApproval).toMatchObject({ sendable: true, version: { id: v2, versionNo: 2, approverName: '合规老陈' } });

    await api(t, compliance).post(`/api/versions/script/${v2}/retire`, { reason: '观点过时' });
    const retired = await content.load('script', v1.id);
    expect(retired.sendable).toBe(false);
    expect(retired.version.status).toBe('retired');
  });

  it('should answer who wrote, submitted and approved each version and what changed', async () => {
    const v1 = await approved(t, hq, compliance, 'script', script('基金定投说明', '第一行\n第二行', { riskLevel: 'R2', isProductRelated: true }));
    const edit = await api(t, hq).put(`/api/scripts/${v1.id}`, { body: '第一行\n第二行（修订）', riskLevel: 'R3' });
    const history = await api(t, compliance).get(`/api/scripts/${v1.id}/versions`);
    expect(history.status).toBe(200);
    const [newest, first] = history.body.versions;
    expect(first).toMatchObject({
      versionNo: 1,
      status: 'approved',
      createdBy: { name: '总部小周' },
      submittedBy: { name: '总部小周' },
      approvedBy: { name: '合规老陈' },
    });
    expect(new Date(first.approvedAt).getTime()).toBe(OFFICE_HOURS.getTime());
    expect(newest).toMatchObject({ versionNo: 2, status: 'draft', textChanged: true, changedFields: ['riskLevel'] });

    const diff = await api(t, compliance).get(`/api/versions/script/${edit.body.latestVersionId}/diff`);
    expect(diff.body.from).toMatchObject({ versionNo: 1 });
    expect(diff.body.fields).toEqual([{ field: 'riskLevel', before: 'R2', after: 'R3' }]);
    expect(diff.body.lines.filter((l: { op: string }) => l.op !== 'equal')).toEqual([
      { op: 'remove', text: '第二行' },
      { op: 'add', text: '第二行（修订）' },
    ]);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE target_id = '${v1.versionId}' AND target_type = 'script_version' ORDER BY id`);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['library.version.created', 'library.version.submitted', 'library.version.approved']);
  });

  it('should refuse to submit wording the lexicon blocks and record warnings', async () => {
    const blocked = await api(t, hq).post('/api/scripts', script('违规', '这款产品保本保收益，稳赚不赔。'));
    const res = await api(t, hq).post(`/api/versions/script/${blocked.body.latestVersionId}/submit`);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SCREENING_BLOCKED');
    expect(res.body.details.hits.map((hit: { term: string }) => hit.term)).toEqual(expect.arrayContaining(['保本保收益', '稳赚不赔']));

    const cautious = await api(t, hq).post('/api/scripts', script('提示', '我们会尽力保障本金安全，并提示风险。'));
    const submitted = await api(t, hq).post(`/api/versions/script/${cautious.body.latestVersionId}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.body.screeningHits.map((hit: { term: string }) => hit.term)).toContain('本金安全');
  });

  it('should refuse unknown template variables at submission', async () => {
    const created = await api(t, hq).post('/api/scripts', script('变量错误', '{{客户名称}}您好'));
    const res = await api(t, hq).post(`/api/versions/script/${created.body.latestVersionId}/submit`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.message).toContain('{{客户名称}}');
  });

  it('should find 稳健理财 when searching for 稳健, with filters and wildcard-safe queries', async () => {
    await api(t, hq).post('/api/scripts', script('稳健理财三步走', '介绍稳健型配置'));
    await api(t, hq).post('/api/scripts', script('进取型成长股', '介绍成长股', { targetArchetypes: ['growth'] }));
    const found = await api(t, hq).get(`/api/scripts?q=${encodeURIComponent('稳健')}&pageSize=50`);
    const titles = found.body.items.map((item: { version: { title: string } }) => item.version.title);
    expect(titles).toContain('稳健理财三步走');
    expect(titles).not.toContain('进取型成长股');
    const growth = await api(t, hq).get('/api/scripts?archetype=growth');
    expect(growth.body.items.map((item: { version: { title: string } }) => item.version.title)).toEqual(['进取型成长股']);
    expect((await api(t, hq).get(`/api/scripts?q=${encodeURIComponent('100%_')}`)).body.total).toBe(0);
    const advisorView = await api(t, advisor).get(`/api/scripts?q=${encodeURIComponent('稳健')}`);
    expect(advisorView.body.items.map((item: { version: { status: string } }) => item.version.status)).toEqual(
      advisorView.body.items.map(() => 'approved'),
    );
  });

  it('should sanitise article HTML on save and keep framing variants with the version', async () => {
    const res = await api(t, hq).post('/api/materials', {
      type: 'article',
      title: '稳健理财：如何守住本金',
      bodyHtml: '<p onclick="x()">正文</p><script>alert(1)</script><img src="https://cdn.example.com/a.png" onerror="alert(1)">',
      variants: [
        { framing: 'loss', title: '不做配置，通胀会悄悄吃掉存款' },
        { framing: 'gain', title: '做好配置，让存款稳步增值' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.version.bodyHtml).toBe('<p>正文</p><img src="https://cdn.example.com/a.png">');
    expect(res.body.version.variants.map((v: { framing: string }) => v.framing)).toEqual(['loss', 'gain']);
    expect(res.body.version.disclaimerType).toBe('education');
  });

  it('should store uploads, refuse mismatched bytes and cache the WeCom media id for 2.5 days', async () => {
    const bad = await api(t, hq).post('/api/materials/uploads', { filename: 'x.png', contentType: 'image/png', dataBase64: Buffer.from('<html>').toString('base64') });
    expect(bad.status).toBe(400);
    const upload = await api(t, hq).post('/api/materials/uploads', { filename: '海报.png', contentType: 'image/png', dataBase64: pngBase64() });
    expect(upload.status).toBe(201);
    const download = await api(t, advisor).get(upload.body.url);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(Buffer.from(download.body as Buffer).length).toBe(2048);

    const poster = await approved(t, hq, compliance, 'material', { type: 'poster', title: '年末海报', fileKey: upload.body.key });
    const first = await api(t, advisor).get(`/api/materials/${poster.id}/wecom-media`);
    expect(first.status).toBe(200);
    const media = t.running.app.get(WecomMediaService);
    const start = t.clock.now();
    try {
      t.clock.set(new Date(start.getTime() + 2 * 86_400_000));
      expect((await media.mediaIdFor(upload.body.key, 'image')).mediaId).toBe(first.body.mediaId);
      t.clock.set(new Date(start.getTime() + 2.6 * 86_400_000));
      const refreshed = await media.mediaIdFor(upload.body.key, 'image');
      expect(refreshed.mediaId).not.toBe(first.body.mediaId);
      expect(refreshed.expiresAt.getTime()).toBe(start.getTime() + 5.6 * 86_400_000);
    } finally {
      t.clock.set(start);
    }
  });

  it('should list pending versions in the approval queue for compliance only', async () => {
    const created = await api(t, hq).post('/api/scripts', script('待审话术', '您好'));
    await api(t, hq).post(`/api/versions/script/${created.body.latestVersionId}/submit`);
    const queue = await api(t, compliance).get('/api/approvals?status=pending&kind=script&pageSize=100');
    expect(queue.status).toBe(200);
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({ kind: 'script', versionId: created.body.latestVersionId, title: '待审话术', submittedBy: { id: hq.staff.id, name: '总部小周' } }),
    );
    expect((await api(t, advisor).get('/api/approvals')).status).toBe(403);
  });

  it('should keep activities with a content package and a suggested segment', async () => {
    const content = await approved(t, hq, compliance, 'script', script('活动话术', '欢迎参加投教活动'));
    const res = await api(t, hq).post('/api/activities', {
      name: '稳健理财月',
      description: '投资者教育系列活动',
      startsAt: '2026-11-01T00:00:00.000Z',
      endsAt: '2026-12-01T00:00:00.000Z',
      scriptIds: [content.id],
      segmentFilter: { archetype: 'security' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ inProgress: true, scriptIds: [content.id], segmentFilter: { archetype: 'security' } });
    expect((await api(t, hq).post('/api/activities', { name: 'x', startsAt: '2026-11-01T00:00:00Z', endsAt: '2026-12-01T00:00:00Z', scriptIds: [999999] })).status).toBe(400);
    expect((await api(t, advisor).get(`/api/activities?q=${encodeURIComponent('稳健')}`)).body.items[0].name).toBe('稳健理财月');
  });
});
