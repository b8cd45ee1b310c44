import type { Archetype } from '@valuelens/contracts';
import { ENGINE_ARCHETYPES } from './archetype-catalog.js';
import { ARCHETYPE_FEATURE_IDS, type ArchetypeFeatureId } from './archetype-features.js';
import { computeValuesLayer } from './archetypes.js';
import { RULES, rulesWith } from './testing/fixtures.js';

function features(overrides: Partial<Record<ArchetypeFeatureId, number>>): Record<ArchetypeFeatureId, number> {
  const f = {} as Record<ArchetypeFeatureId, number>;
  for (const id of ARCHETYPE_FEATURE_IDS) f[id] = 0;
  // Raw zeros are not all "no signal": low_turnover is inverted, so park turnover high to switch it off.
  f.low_turnover = 1;
  return { ...f, ...overrides };
}

describe('computeValuesLayer', () => {
  it('should give weights that sum to 1 and rank policy first for a policy reader', () => {
    const v = computeValuesLayer(features({ topic_policy_macro: 0.65 }), RULES);
    const sum = ENGINE_ARCHETYPES.reduce((s, a) => s + v.weights[a], 0);
    expect(sum).toBeCloseTo(1, 10);
    expect(v.top).toBe('policy');
    expect(v.ranked[0]?.labelZh).toBe('政策敏感');
    expect(v.ranked[0]?.evidence.labelZh).toBe('政策敏感：政策/宏观阅读占比');
  });

  it('should follow the softmax of linear scores exactly', () => {
    // Only the learner scores: 1·courses_started(3→1) + 1·courses_completed(3→1) = 2, others −intercept.
    const v = computeValuesLayer(features({ courses_started: 3, courses_completed: 3 }), RULES);
    const cfg = RULES.archetypes;
    const scores = ENGINE_ARCHETYPES.map((a: Archetype) => (a === 'learner' ? 2 : 0) - cfg.intercepts[a]);
    const exps = scores.map((s) => Math.exp(s / cfg.temperature));
    const total = exps.reduce((a, b) => a + b, 0);
    ENGINE_ARCHETYPES.forEach((a, i) => expect(v.weights[a]).toBeCloseTo((exps[i] ?? 0) / total, 10));
  });

  it('should use the RuleSet weights, not fixed ones', () => {
    const rules = rulesWith((r) => ({
      ...r,
      archetypes: { ...r.archetypes, weights: { ...r.archetypes.weights, policy: {}, security: { topic_policy_macro: 5 } } },
    }));
    expect(computeValuesLayer(features({ topic_policy_macro: 0.65 }), rules).top).toBe('security');
  });
});
