import type { Archetype } from '@valuelens/contracts';
import { computePortrait, type Portrait } from '../engine/compute-portrait.js';
import { DEFAULT_RULES } from '../engine/default-rules.js';
import type { RuleSet } from '../engine/rules.js';
import { makeInput } from '../engine/testing/fixtures.js';
import { computedTags } from './computed-tags.js';

/** A computed portrait whose values layer is replaced by the given weights (highest first). */
function portraitWith(weights: [Archetype, number][]): Portrait {
  const portrait = computePortrait(makeInput(), DEFAULT_RULES);
  const ranked = weights.map(([id, weight]) => ({ ...portrait.values.ranked[0]!, id, weight }));
  return { ...portrait, values: { ...portrait.values, ranked, top: weights[0]![0] } };
}

const archetypeTags = (portrait: Portrait, rules: RuleSet) => computedTags(portrait, rules).filter((t) => t.layer === 'values').map((t) => [t.tagKey, t.score]);

describe('computedTags', () => {
  const portrait = portraitWith([['security', 0.5], ['value', 0.3], ['growth', 0.15], ['policy', 0.05]]);

  it('should tag the top archetype and every one at or above the rule set threshold, scored as percent', () => {
    expect(archetypeTags(portrait, DEFAULT_RULES)).toEqual([['security', 50], ['value', 30]]);
  });

  it('should follow the threshold HQ sets, and always keep the top archetype', () => {
    const lower: RuleSet = { ...DEFAULT_RULES, archetypes: { ...DEFAULT_RULES.archetypes, tagMinWeight: 0.1 } };
    const higher: RuleSet = { ...DEFAULT_RULES, archetypes: { ...DEFAULT_RULES.archetypes, tagMinWeight: 0.9 } };
    expect(archetypeTags(portrait, lower)).toEqual([['security', 50], ['value', 30], ['growth', 15]]);
    expect(archetypeTags(portrait, higher)).toEqual([['security', 50]]);
  });
});
