import type { ValuesLayer } from '../archetypes.js';
import type { RuleSet } from '../rules.js';
import type { PsychologyTraits } from '../traits/compute-traits.js';

export const RECOMMENDED_FRAMINGS = [
  'safety_margin',
  'excess_return',
  'authority_peer',
  'policy_interpretation',
  'data_evidence',
  'learning_path',
] as const;
export type RecommendedFraming = (typeof RECOMMENDED_FRAMINGS)[number];

export const FRAMING_LABELS_ZH: Record<RecommendedFraming, string> = {
  safety_margin: '安全边际',
  excess_return: '超额收益',
  authority_peer: '权威与同伴背书',
  policy_interpretation: '政策解读',
  data_evidence: '数据实证',
  learning_path: '学习路径',
};

/**
 * The narrative follows the dominant archetype (RuleSet map); an anxious client gets the safety-margin narrative
 * whatever the archetype, because reassurance comes before opportunity when the client is under stress.
 */
export function recommendFraming(values: ValuesLayer, traits: PsychologyTraits, rules: RuleSet): RecommendedFraming {
  if (traits.anxiety.score >= rules.derive.triggers.anxietyThreshold) return 'safety_margin';
  return rules.derive.framingByArchetype[values.top];
}
