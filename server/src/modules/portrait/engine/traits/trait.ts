import type { Evidence } from '../evidence.js';
import { clamp, round } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export const TRAIT_IDS = [
  'loss_aversion',
  'overconfidence',
  'herding',
  'mental_accounting',
  'framing_sensitivity',
  'instant_gratification',
  'social_proof',
  'anxiety',
] as const;
export type TraitId = (typeof TRAIT_IDS)[number];

export const TRAIT_LABELS_ZH: Record<TraitId, string> = {
  loss_aversion: '损失厌恶',
  overconfidence: '过度自信',
  herding: '羊群效应',
  mental_accounting: '心理账户',
  framing_sensitivity: '框架敏感',
  instant_gratification: '即时满足',
  social_proof: '社会认同依赖',
  anxiety: '焦虑指数',
};

/** Layer 2 (心理) tag: 0–100 score, 0–1 confidence from how much data backed it, evidence and rule version. */
export interface Trait {
  id: TraitId;
  labelZh: string;
  score: number;
  confidence: number;
  evidence: readonly Evidence[];
  ruleVersion: string;
}

/** One measured ingredient of a trait: its own 0–100 score, its weight, and how well data supports it (0–1). */
export interface TraitComponent {
  score: number;
  weight: number;
  support: number;
  evidence: Evidence;
}

/**
 * Support-weighted mean of the components. Confidence is the share of the total weight that data actually backed,
 * so a trait computed from one thin component says so instead of pretending.
 */
export function combineComponents(id: TraitId, components: readonly TraitComponent[], rules: RuleSet): Trait {
  let weighted = 0;
  let backedWeight = 0;
  let totalWeight = 0;
  const evidence: Evidence[] = [];
  for (const c of components) {
    totalWeight += c.weight;
    const backing = c.weight * clamp(c.support, 0, 1);
    if (backing <= 0) continue;
    weighted += backing * clamp(c.score, 0, 100);
    backedWeight += backing;
    evidence.push(c.evidence);
  }
  const score = backedWeight > 0 ? weighted / backedWeight : rules.traits.neutralScore;
  const confidence = totalWeight > 0 ? backedWeight / totalWeight : 0;
  return {
    id,
    labelZh: TRAIT_LABELS_ZH[id],
    score: round(score, 1),
    confidence: round(confidence, 3),
    evidence,
    ruleVersion: rules.version,
  };
}

/** Fraction of the "enough data" count reached, 0–1. */
export function supportFrom(count: number, enough: number): number {
  return enough <= 0 ? 1 : clamp(count / enough, 0, 1);
}
