import { type CandidateFacts, type PortraitFacts, preferredVariantFraming, scoreCandidate } from './recommendation-scoring.js';

const now = new Date('2026-11-20T02:00:00Z');
const security: PortraitFacts = {
  topArchetype: 'security',
  archetypeWeights: { security: 0.7, growth: 0.1, learner: 0.2 },
  traitScores: { loss_aversion: 78 },
  framing: 'safety_margin',
  format: 'deep_report',
  lifecycle: 'growing',
};
const growth: PortraitFacts = {
  topArchetype: 'growth',
  archetypeWeights: { growth: 0.8, technical: 0.2 },
  traitScores: { loss_aversion: 30 },
  framing: 'excess_return',
  format: 'short_video',
  lifecycle: 'growing',
};
const candidate = (overrides: Partial<CandidateFacts>): CandidateFacts => ({
  targetArchetypes: [],
  narrative: null,
  format: null,
  lifecycleStages: [],
  approvedAt: new Date('2026-11-10T00:00:00Z'),
  sentCount: 0,
  openedCount: 0,
  lastSentToClientAt: null,
  variants: [],
  ...overrides,
});
const safety = candidate({ targetArchetypes: ['security'], narrative: 'safety_margin', format: 'deep_report' });
const upside = candidate({ targetArchetypes: ['growth'], narrative: 'excess_return', format: 'short_video' });

describe('scoreCandidate', () => {
  it('should rank the safety-margin content first for a security client and the excess-return one for a growth client', () => {
    expect(scoreCandidate(security, safety, now).score).toBeGreaterThan(scoreCandidate(security, upside, now).score);
    expect(scoreCandidate(growth, upside, now).score).toBeGreaterThan(scoreCandidate(growth, safety, now).score);
  });

  it('should explain the choice in Chinese', () => {
    expect(scoreCandidate(security, safety, now).reasonZh).toBe('为稳健守护型客户选择安全边际叙事的版本；深度报告形式符合客户的阅读偏好。');
  });

  it('should push down content the client received recently', () => {
    const sentYesterday = { ...safety, lastSentToClientAt: new Date('2026-11-19T02:00:00Z') };
    const scored = scoreCandidate(security, sentYesterday, now);
    expect(scored.score).toBeLessThan(scoreCandidate(security, upside, now).score);
    expect(scored.reasonZh).toContain('近14天内已发送过');
  });

  it('should prefer content with a better open rate when the fit is equal', () => {
    const popular = { ...safety, sentCount: 100, openedCount: 80 };
    const ignored = { ...safety, sentCount: 100, openedCount: 5 };
    expect(scoreCandidate(security, popular, now).score).toBeGreaterThan(scoreCandidate(security, ignored, now).score);
  });

  it('should pick the loss-framed variant for a security client and the gain-framed one for a growth client', () => {
    const withVariants = candidate({ variants: [{ id: 1, framing: 'gain' }, { id: 2, framing: 'loss' }, { id: 3, framing: 'neutral' }] });
    expect(scoreCandidate(security, withVariants, now).variantId).toBe(2);
    expect(scoreCandidate(growth, withVariants, now).variantId).toBe(1);
    expect(scoreCandidate(null, withVariants, now).variantId).toBe(3);
  });

  it('should still rank without a portrait', () => {
    const scored = scoreCandidate(null, safety, now);
    expect(scored.score).toBeGreaterThan(0);
    expect(scored.reasonZh).toContain('暂无客户画像');
  });
});

describe('preferredVariantFraming', () => {
  it('should choose the loss frame for a loss-averse client of any archetype', () => {
    expect(preferredVariantFraming({ ...growth, framing: 'data_evidence', topArchetype: 'value', traitScores: { loss_aversion: 70 } })).toBe('loss');
  });
});
