import { DEFAULT_RULES } from '../engine/default-rules.js';
import type { RuleSet } from '../engine/rules.js';
import { validateRuleSet } from './rule-set-shape.js';
import { withDefaults } from './with-defaults.js';

describe('withDefaults', () => {
  it('should fill a parameter a stored rule set predates, at any depth, and keep every stored value', () => {
    const stored = structuredClone(DEFAULT_RULES) as unknown as { archetypes: Record<string, unknown>; windows: { shortDays: number } };
    delete stored.archetypes.tagMinWeight;
    stored.archetypes.temperature = 0.5;
    stored.windows.shortDays = 21;

    const rules = withDefaults(stored, DEFAULT_RULES);

    expect(rules.archetypes.tagMinWeight).toBe(DEFAULT_RULES.archetypes.tagMinWeight);
    expect(rules.archetypes.temperature).toBe(0.5);
    expect(rules.windows.shortDays).toBe(21);
    expect(validateRuleSet(rules)).toEqual([]);
    expect(stored.archetypes.tagMinWeight).toBeUndefined();
  });

  it('should keep stored lists as they are instead of merging them item by item', () => {
    const stored = { ...structuredClone(DEFAULT_RULES), aumBands: [{ id: 'all', labelZh: '全部', minAum: 0 }] } as RuleSet;
    expect(withDefaults(stored, DEFAULT_RULES).aumBands).toEqual([{ id: 'all', labelZh: '全部', minAum: 0 }]);
  });
});
