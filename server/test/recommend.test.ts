import { rmSync } from 'node:fs';
import type { Archetype } from '@valuelens/contracts';
import type { Client } from '../src/modules/clients/client.entity.js';
import { ClientPortrait } from '../src/modules/portrait/entities/client-portrait.entity.js';
import { api, approved, type ContentIds, OFFICE_HOURS, person, type Person, tempDataDirEnv, YEAR_MS } from './library-fixtures.js';
import { makeClient, makeFollow } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

interface Recommendation {
  kind: 'script' | 'material';
  id: number;
  versionId: number;
  title: string;
  reasonZh: string;
  score: number;
  variantId: number | null;
  blocked?: { code: string; reasonZh: string };
}

describe.each(TEST_ENGINES)('recommendations on %s', (engine) => {
  let t: TestApp;
  let advisor: Person;
  let securityClient: Client;
  let growthClient: Client;
  let stranger: Client;
  let content: Record<'safety' | 'upside' | 'riskyProduct' | 'article', ContentIds>;
  let variantIds: Record<'loss' | 'gain', number>;

  async function portrait(client: Client, top: Archetype, weights: Partial<Record<Archetype, number>>, extra: Partial<ClientPortrait>): Promise<void> {
    const repo = t.dataSource.getRepository(ClientPortrait);
    await repo.save(
      repo.create({
        clientId: client.id,
        ruleVersion: 'test',
        topArchetype: top,
        archetypeWeights: weights as Record<Archetype, number>,
        traitScores: {},
        anxiety: 20,
        lifecycle: 'growing',
        valueGroup: 'deepen',
        summaryZh: '测试画像',
        computedAt: OFFICE_HOURS,
        ...extra,
      } as ClientPortrait),
    );
  }

  beforeAll(async () => {
    t = await startTestApp({ engine, env: tempDataDirEnv() });
    t.clock.set(OFFICE_HOURS);
    const hq = await person(t, 'hq');
    const compliance = await person(t, 'compliance');
    advisor = await person(t, 'advisor');
    const valid = new Date(OFFICE_HOURS.getTime() + YEAR_MS);
    securityClient = await makeClient(t.dataSource, { name: '周稳', riskLevel: 'C3', riskExpiresAt: valid });
    growthClient = await makeClient(t.dataSource, { name: '吴进', riskLevel: 'C3', riskExpiresAt: valid });
    stranger = await makeClient(t.dataSource, { name: '郑外', riskLevel: 'C3', riskExpiresAt: valid });
    await makeFollow(t.dataSource, securityClient, advisor.staff);
    await makeFollow(t.dataSource, growthClient, advisor.staff);
    await portrait(securityClient, 'security', { security: 0.7, learner: 0.25, growth: 0.05 }, { traitScores: { loss_aversion: 80 }, framing: 'safety_margin', format: 'deep_report' });
    await portrait(growthClient, 'growth', { growth: 0.75, technical: 0.25 }, { traitScores: { loss_aversion: 25 }, framing: 'excess_return', format: 'short_video' });

    const script = (title: string, targetArchetypes: Archetype[], framing: string, extra: object = {}) => ({ title, body: `${title}。`, targetArchetypes, framing, ...extra });
    content = {
      safety: await approved(t, hq, compliance, 'script', script('守住本金的三个习惯', ['security'], 'safety_margin')),
      upside: await approved(t, hq, compliance, 'script', script('把握成长行情的机会', ['growth'], 'excess_return')),
      riskyProduct: await approved(t, hq, compliance, 'script', script('高弹性权益产品', ['growth'], 'excess_return', { isProductRelated: true, riskLevel: 'R4' })),
      article: await approved(t, hq, compliance, 'material', {
        type: 'article',
        title: '资产配置入门',
        bodyHtml: '<p>配置的意义</p>',
        targetArchetypes: ['security', 'growth'],
        variants: [
          { framing: 'loss', title: '不做配置，可能错失保护' },
          { framing: 'gain', title: '做好配置，收获长期回报' },
        ],
      }),
    };
    const material = await api(t, compliance).get(`/api/materials/${content.article.id}`);
    const variants = material.body.version.variants as { id: number; framing: 'loss' | 'gain' }[];
    variantIds = { loss: variants.find((v) => v.framing === 'loss')!.id, gain: variants.find((v) => v.framing === 'gain')!.id };
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(t.config.dataDir, { recursive: true, force: true });
  });

  const recommendationsFor = async (client: Client): Promise<Recommendation[]> => {
    const res = await api(t, advisor).get(`/api/clients/${client.id}/recommendations?limit=10`);
    expect(res.status).toBe(200);
    return res.body.items as Recommendation[];
  };

  it('should rank safety-margin content first for a security client and growth content first for a growth client', async () => {
    const forSecurity = await recommendationsFor(securityClient);
    const forGrowth = await recommendationsFor(growthClient);
    expect(forSecurity[0]).toMatchObject({ kind: 'script', id: content.safety.id, versionId: content.safety.versionId });
    expect(forSecurity[0]!.reasonZh).toContain('为稳健守护型客户选择安全边际叙事的版本');
    expect(forGrowth[0]).toMatchObject({ kind: 'script', id: content.upside.id });
    expect(forGrowth[0]!.reasonZh).toContain('为进取增值型客户选择超额收益叙事的版本');
    expect(forSecurity.every((item) => item.reasonZh.length > 0)).toBe(true);
  });

  it('should pick the framing variant of a material that suits each client', async () => {
    const article = (items: Recommendation[]) => items.find((item) => item.kind === 'material' && item.id === content.article.id)!;
    expect(article(await recommendationsFor(securityClient))).toMatchObject({ variantId: variantIds.loss, title: '不做配置，可能错失保护' });
    expect(article(await recommendationsFor(growthClient))).toMatchObject({ variantId: variantIds.gain, title: '做好配置，收获长期回报' });
  });

  it('should list unsuitable content last with the gate code and reason', async () => {
    const items = await recommendationsFor(growthClient);
    const last = items.at(-1)!;
    expect(last).toMatchObject({ id: content.riskyProduct.id, blocked: { code: 'SUITABILITY_MISMATCH' } });
    expect(last.blocked!.reasonZh).toContain('R4');
    expect(items.filter((item) => item.blocked)).toHaveLength(1);
  });

  it('should mark every item blocked with FREQUENCY_CAP when the client is over budget', async () => {
    const compliance = await person(t, 'compliance');
    const current = (await api(t, compliance).get('/api/compliance/settings')).body.frequency;
    const { cappedChannels: _fixed, ...restorable } = current;
    await api(t, compliance).put('/api/compliance/settings', { frequency: { ...restorable, caps: { perDay: 0, perWeek: null, perMonth: null } } });
    try {
      const items = await recommendationsFor(securityClient);
      expect(items.length).toBeGreaterThan(0);
      expect(items.every((item) => item.blocked !== undefined)).toBe(true);
      expect(items.find((item) => item.id === content.safety.id && item.kind === 'script')!.blocked!.code).toBe('FREQUENCY_CAP');
    } finally {
      await api(t, compliance).put('/api/compliance/settings', { frequency: restorable });
    }
  });

  it('should feed the sidebar profile through RECOMMENDATION_SOURCE and stay within scope', async () => {
    // A client not yet portrayed ranks without a portrait; the profile (which computes one on first view) carries the same items.
    const newcomer = await makeClient(t.dataSource, { name: '冯新', riskLevel: 'C3', riskExpiresAt: new Date(OFFICE_HOURS.getTime() + YEAR_MS) });
    await makeFollow(t.dataSource, newcomer, advisor.staff);
    const direct = await recommendationsFor(newcomer);
    expect(direct[0]!.reasonZh).toContain('暂无客户画像');
    const profile = await api(t, advisor).get(`/api/sidebar/profile?clientId=${newcomer.id}`);
    expect(profile.status).toBe(200);
    const key = (item: Recommendation) => `${item.kind}:${item.id}:${item.versionId}`;
    expect(profile.body.recommendations.length).toBeGreaterThan(0);
    for (const item of profile.body.recommendations as Recommendation[]) expect(direct.map(key)).toContain(key(item));
    expect((await api(t, advisor).get(`/api/clients/${stranger.id}/recommendations`)).status).toBe(404);
  });
});
