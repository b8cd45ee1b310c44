import { DEFAULT_RULES } from '../engine/default-rules.js';
import { validateRuleSet } from './rule-set-shape.js';

type Doc = Record<string, unknown>;
const REMOVE = Symbol('remove');

/** A copy of the default rules with `changes` applied at dotted paths (REMOVE deletes the key). */
function rulesWith(changes: Record<string, unknown> = {}): Doc {
  const doc = JSON.parse(JSON.stringify(DEFAULT_RULES)) as Doc;
  for (const [path, value] of Object.entries(changes)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    const parent = keys.reduce((node, key) => node[key] as Doc, doc);
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return doc;
}

describe('validateRuleSet', () => {
  it('should accept the shipped default rules, with or without a version', () => {
    expect(validateRuleSet(rulesWith())).toEqual([]);
    expect(validateRuleSet(rulesWith({ version: REMOVE }))).toEqual([]);
  });

  it('should accept a subset of features in an archetype weight map', () => {
    const rules = rulesWith({ 'archetypes.weights.policy': { topic_policy_macro: 3 } });
    expect(validateRuleSet(rules)).toEqual([]);
  });

  it('should reject an unknown key with its path', () => {
    const rules = rulesWith({ 'traits.herding.bonus': 1 });
    expect(validateRuleSet(rules)).toEqual([{ path: '$.traits.herding.bonus', message: '未知字段' }]);
  });

  it('should reject a wrong type, a missing key and an unknown archetype feature', () => {
    const rules = rulesWith({ 'derive.triggers.anxietyThreshold': '70', 'windows.longDays': REMOVE, 'archetypes.weights.value.dividend_yield': 1 });
    const paths = validateRuleSet(rules).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['$.derive.triggers.anxietyThreshold', '$.windows.longDays', '$.archetypes.weights.value.dividend_yield']));
  });

  it('should reject values outside the enumerations and ranges the engine relies on', () => {
    const rules = rulesWith({ 'derive.framingByArchetype.growth': 'hype', 'archetypes.temperature': 0, 'metrics.highRiskLevels': ['R6'] });
    const paths = validateRuleSet(rules).map((i) => i.path);
    expect(paths).toEqual(['$.metrics.highRiskLevels[0]', '$.archetypes.temperature', '$.derive.framingByArchetype.growth']);
  });

  it('should check orderings and sums once the shape is right', () => {
    const rules = rulesWith({ 'traits.anxiety.weights.checking': 0.5, 'aumBands.2.minAum': 50 });
    expect(validateRuleSet(rules).map((i) => i.path)).toEqual(['$.aumBands[2].minAum', '$.traits.anxiety.weights']);
  });

  it('should reject a document that is not an object', () => {
    expect(validateRuleSet([])).toEqual([{ path: '$', message: '必须是对象' }]);
  });
});
