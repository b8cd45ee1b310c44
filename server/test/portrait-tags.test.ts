import { generateBundles, seedBundles, type SeededClient } from './portrait-fixtures.js';
import { makeClient, makeFollow, makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

interface TagBody {
  tagKey: string;
  source: string;
  layer: string;
  labelZh: string;
  score?: number;
}

describe.each(TEST_ENGINES)('manual tags on %s', (engine) => {
  let t: TestApp;
  let advisor: string;
  let otherAdvisor: string;
  let client: SeededClient;
  let advisorId: number;
  let computedTop: string;

  beforeAll(async () => {
    t = await startTestApp({ engine });
    const pw = 'Tags-Test-Pass-1';
    const a = await makeStaff(t.dataSource, { password: pw });
    const b = await makeStaff(t.dataSource, { password: pw });
    advisorId = a.id;
    client = (await seedBundles(t.dataSource, generateBundles({ branches: 1, advisorsPerBranch: 1, clients: 1, eventsPerClient: 80, months: 6, seed: 3 }, t.clock.now()), a))[0]!;
    await makeFollow(t.dataSource, await makeClient(t.dataSource), b);
    advisor = await t.login(a.username!, pw);
    otherAdvisor = await t.login(b.username!, pw);
    const profile = await t.http().get(`/api/sidebar/profile?clientId=${client!.id}`).set('Authorization', `Bearer ${advisor}`);
    computedTop = profile.body.portrait.values[0].archetype;
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  const tagsUrl = () => `/api/clients/${client.id}/tags`;
  const add = (token: string, body: object) => t.http().post(tagsUrl()).set('Authorization', `Bearer ${token}`).send(body);
  const remove = (token: string, key: string, body: object) => t.http().delete(`${tagsUrl()}/${key}`).set('Authorization', `Bearer ${token}`).send(body);
  const tagsInProfile = async (): Promise<TagBody[]> =>
    (await t.http().get(`/api/sidebar/profile?clientId=${client.id}`).set('Authorization', `Bearer ${advisor}`)).body.tags;

  it('should start with the computed tags of the portrait', async () => {
    const top = (await tagsInProfile()).find((tag) => tag.tagKey === computedTop);
    expect(top).toMatchObject({ source: 'computed', layer: 'values' });
    expect(top?.score).toBeGreaterThan(0);
  });

  it('should let a manual tag win over the computed one and mark it manual', async () => {
    const res = await add(advisor, { tagKey: computedTop, reason: '面谈确认：最在意本金安全' });
    expect(res.status).toBe(200);
    const tags = res.body as TagBody[];
    expect(tags.filter((tag) => tag.tagKey === computedTop)).toEqual([expect.objectContaining({ source: 'manual', layer: 'values' })]);
    expect((await tagsInProfile()).find((tag) => tag.tagKey === computedTop)?.source).toBe('manual');
  });

  it('should add a custom tag only with a name', async () => {
    expect((await add(advisor, { tagKey: 'retiree_club', reason: '参加了退休俱乐部' })).status).toBe(400);
    const res = await add(advisor, { tagKey: 'retiree_club', labelZh: '退休俱乐部', reason: '参加了退休俱乐部' });
    expect(res.body).toEqual(expect.arrayContaining([{ tagKey: 'retiree_club', labelZh: '退休俱乐部', layer: 'custom', source: 'manual' }]));
  });

  it('should hide a tag the advisor removed, even when the portrait computes it', async () => {
    const res = await remove(advisor, computedTop, { reason: '客户近期改变了想法' });
    expect(res.status).toBe(200);
    expect((res.body as TagBody[]).map((tag) => tag.tagKey)).not.toContain(computedTop);
    expect((await tagsInProfile()).map((tag) => tag.tagKey)).not.toContain(computedTop);
    const computedRow = (await t.dataSource.query("SELECT active FROM client_tags WHERE client_id = ? AND tag_key = ? AND source = 'computed'", [client.id, computedTop])) as { active: number }[];
    expect(Number(computedRow[0]?.active)).toBe(1);
  });

  it('should record every change with actor and reason in the history, newest first', async () => {
    const res = await t.http().get(`${tagsUrl()}/history`).set('Authorization', `Bearer ${advisor}`);
    expect(res.status).toBe(200);
    expect(res.body.map((h: { tagKey: string; action: string; source: string; actorId: number; reason: string }) => [h.tagKey, h.action, h.source, h.actorId, h.reason])).toEqual([
      [computedTop, 'remove', 'manual', advisorId, '客户近期改变了想法'],
      ['retiree_club', 'add', 'manual', advisorId, '参加了退休俱乐部'],
      [computedTop, 'add', 'manual', advisorId, '面谈确认：最在意本金安全'],
    ]);
  });

  it('should require a reason of 2 to 200 characters and a well-formed key', async () => {
    expect((await add(advisor, { tagKey: 'growth', reason: '好' })).status).toBe(400);
    expect((await add(advisor, { tagKey: 'growth', reason: '很'.repeat(201) })).status).toBe(400);
    expect((await add(advisor, { tagKey: 'Growth; DROP', reason: '格式错误' })).status).toBe(400);
    expect((await remove(advisor, 'growth', {})).status).toBe(400);
  });

  it('should answer 404 for a tag the client does not carry', async () => {
    expect((await remove(advisor, 'no_such_tag', { reason: '不存在' })).status).toBe(404);
  });

  it("should answer 404 for another advisor's client, for changes and history alike", async () => {
    expect((await add(otherAdvisor, { tagKey: 'growth', reason: '越权添加' })).status).toBe(404);
    expect((await remove(otherAdvisor, 'retiree_club', { reason: '越权移除' })).status).toBe(404);
    expect((await t.http().get(`${tagsUrl()}/history`).set('Authorization', `Bearer ${otherAdvisor}`)).status).toBe(404);
  });
});
