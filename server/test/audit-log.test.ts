import { FollowUp } from '../src/modules/feed/notes/follow-up.entity.js';
import { ScriptVersion } from '../src/modules/library/entities/script.entities.js';
import { Send } from '../src/modules/outreach/sends/send.entity.js';
import { NOW, PASSWORD, addAudit, addSend, addView, local } from './analytics-fixtures.js';
import { makeClient, makeDepartment, makeFollow, makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

type Entry = { actorId: number | null; action: string };
type Step = { kind: string; at: string | null; actorName: string | null; summaryZh: string; ref: string | null; dwellMs: number | null; forwarded: boolean | null };

describe.each(TEST_ENGINES)('audit log and audit chain on %s', (engine) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const get = (who: string, path: string) => t.http().get(path).set('Authorization', `Bearer ${tokens[who]}`);

  beforeAll(async () => {
    t = await startTestApp({ engine });
    t.clock.set(NOW);
    const ds = t.dataSource;
    const hqDept = await makeDepartment(ds, { name: '总部' });
    const shanghai = await makeDepartment(ds, { name: '上海分公司', parent: hqDept });
    const beijing = await makeDepartment(ds, { name: '北京分公司', parent: hqDept });
    const staff = {
      a1: await makeStaff(ds, { name: '顾问甲', password: PASSWORD, departmentId: shanghai.id }),
      b1: await makeStaff(ds, { name: '顾问丙', password: PASSWORD, departmentId: beijing.id }),
      shManager: await makeStaff(ds, { name: '上海经理', role: 'manager', password: PASSWORD, departmentId: shanghai.id }),
      bjManager: await makeStaff(ds, { name: '北京经理', role: 'manager', password: PASSWORD, departmentId: beijing.id }),
      compliance: await makeStaff(ds, { name: '合规专员', role: 'compliance', password: PASSWORD, departmentId: hqDept.id }),
      hq: await makeStaff(ds, { name: '总部运营', role: 'hq', password: PASSWORD, departmentId: hqDept.id }),
    };
    for (const [key, member] of Object.entries(staff)) {
      ids[key] = member.id;
      tokens[key] = await t.login(member.username!, PASSWORD);
    }
    await addAudit(ds, staff.a1, 'send.blocked', local('2026-11-12 15:00'));
    await addAudit(ds, staff.b1, 'send.blocked', local('2026-11-13 15:00'));

    // One send to 王女士 with its whole chain: version 3 approved by compliance, WeCom msgid, delivery,
    // the client's own read (40 s) and a forward's (9 s), then the advisor's follow-up note.
    const client = await makeClient(ds, { name: '王女士' });
    ids.client = client.id;
    await makeFollow(ds, client, staff.a1);
    const versions = ds.getRepository(ScriptVersion);
    const version = await versions.save(
      versions.create({
        contentId: 7,
        versionNo: 3,
        status: 'approved',
        title: '年末资产配置提醒',
        targetArchetypes: [],
        lifecycleStages: [],
        tags: [],
        searchText: '年末资产配置提醒',
        body: '您好',
        createdBy: staff.hq.id,
        createdAt: local('2026-11-01 10:00'),
        approvedBy: staff.compliance.id,
        approvedAt: local('2026-11-02 10:00'),
      }),
    );
    const send = await addSend(ds, staff.a1, client, 'chat', local('2026-11-12 10:00'), 'delivered');
    await ds.getRepository(Send).update({ id: send.id }, { versionId: version.id, contentId: 7, approverId: staff.compliance.id, wecomMsgid: 'msgAUDIT001' });
    ids.send = send.id;
    await addView(ds, { ...send, versionId: version.id }, local('2026-11-12 11:00'), 40_000);
    await addView(ds, { ...send, versionId: version.id }, local('2026-11-12 12:00'), 9_000, true);
    await ds.createQueryBuilder().insert().into(FollowUp).values({ clientId: client.id, staffId: staff.a1.id, note: '客户关注年末调仓，约下周面谈', createdAt: local('2026-11-13 09:00') }).execute();
    // A later send ends the first send's follow-up span: a note after it belongs to the later send.
    const later = await addSend(ds, staff.a1, client, 'chat', local('2026-11-15 10:00'));
    ids.later = later.id;
    await ds.createQueryBuilder().insert().into(FollowUp).values({ clientId: client.id, staffId: staff.a1.id, note: '已回访', createdAt: local('2026-11-16 09:00') }).execute();
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('should show compliance every entry and filter by action and actor', async () => {
    const res = await get('compliance', '/api/audit?action=send.blocked');
    expect(res.status).toBe(200);
    expect(res.body.items.map((e: Entry) => e.actorId).sort()).toEqual([ids.a1, ids.b1].sort());
    const byActor = await get('compliance', `/api/audit?actorId=${ids.b1}&action=send.`);
    expect(byActor.body.items.map((e: Entry) => e.action)).toEqual(['send.blocked']);
    const logins = await get('compliance', `/api/audit?action=auth.login&targetType=staff&targetId=${ids.b1}`);
    expect(logins.body.total).toBe(1);
  });

  it("should show a manager only entries about their subtree's staff", async () => {
    const res = await get('shManager', '/api/audit?pageSize=200');
    expect(res.status).toBe(200);
    const actors = new Set(res.body.items.map((e: Entry) => e.actorId));
    expect(actors.has(ids.a1)).toBe(true);
    expect([...actors].every((id) => id === ids.a1 || id === ids.shManager)).toBe(true);
  });

  it('should refuse roles without audit access', async () => {
    expect((await get('a1', '/api/audit')).status).toBe(403);
    expect((await get('hq', '/api/audit')).status).toBe(403);
  });

  it("should export the manager's view as CSV", async () => {
    const res = await get('shManager', '/api/audit/export?format=csv&action=send.blocked').buffer(true);
    expect(res.status).toBe(200);
    const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(',')[3]).toBe('顾问甲');
  });

  it("should return a client's audit chain with every step in order", async () => {
    const res = await get('compliance', `/api/audit/chain?clientId=${ids.client}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((s: { sendId: number }) => s.sendId)).toEqual([ids.later, ids.send]);
    const first = res.body.items[1] as { steps: Step[]; wecomMsgid: string };
    expect(first.wecomMsgid).toBe('msgAUDIT001');
    expect(first.steps.map((s) => s.kind)).toEqual(['content', 'approval', 'send', 'wecom', 'delivery', 'open', 'open', 'follow_up']);
    expect(first.steps[0]!.summaryZh).toContain('《年末资产配置提醒》第 3 版');
    expect(first.steps[1]).toMatchObject({ actorName: '合规专员', at: local('2026-11-02 10:00').toISOString() });
    expect(first.steps[2]).toMatchObject({ actorName: '顾问甲' });
    expect(first.steps[3]!.ref).toBe('msgAUDIT001');
    expect(first.steps.filter((s) => s.kind === 'open').map((s) => [s.dwellMs, s.forwarded])).toEqual([
      [40_000, false],
      [9_000, true],
    ]);
    expect(first.steps[7]!.summaryZh).toBe('客户关注年末调仓，约下周面谈');
    const times = first.steps.map((s) => s.at).filter((at): at is string => at !== null);
    expect([...times].sort()).toEqual(times);
    const later = res.body.items[0] as { steps: Step[] };
    expect(later.steps.filter((s) => s.kind === 'follow_up').map((s) => s.summaryZh)).toEqual(['已回访']);
  });

  it('should scope the chain: 404 outside the subtree, 400 without exactly one subject', async () => {
    expect((await get('shManager', `/api/audit/chain?clientId=${ids.client}`)).status).toBe(200);
    expect((await get('bjManager', `/api/audit/chain?clientId=${ids.client}`)).status).toBe(404);
    expect((await get('shManager', `/api/audit/chain?staffId=${ids.b1}`)).status).toBe(404);
    expect((await get('compliance', '/api/audit/chain')).status).toBe(400);
    expect((await get('compliance', `/api/audit/chain?clientId=${ids.client}&staffId=${ids.a1}`)).status).toBe(400);
  });

  it("should export an advisor's chain as CSV, one step per row", async () => {
    const res = await get('compliance', `/api/audit/chain/export?staffId=${ids.a1}`).buffer(true);
    expect(res.status).toBe(200);
    const text = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : res.text;
    const rows = text.replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(','));
    const ofFirst = rows.filter((cells) => cells[0] === String(ids.send));
    expect(ofFirst.map((cells) => cells[5])).toEqual(['内容版本', '合规审批', '顾问发送', '企业微信', '送达', '打开阅读', '打开阅读', '跟进']);
    expect(ofFirst.map((cells) => Number(cells[4]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
