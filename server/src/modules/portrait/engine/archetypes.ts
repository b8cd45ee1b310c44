import type { Archetype } from '@valuelens/contracts';
import { ARCHETYPE_NAMES_ZH, ENGINE_ARCHETYPES } from './archetype-catalog.js';
import { ARCHETYPE_FEATURE_IDS, FEATURE_LABELS_ZH, type ArchetypeFeatureId } from './archetype-features.js';
import { makeEvidence, type Evidence } from './evidence.js';
import { round, unitScale } from './numeric.js';
import type { RuleSet } from './rules.js';

export interface ArchetypeWeight {
  id: Archetype;
  labelZh: string;
  /** Share of the client's values profile, 0–1; all eight sum to 1. */
  weight: number;
  evidence: Evidence;
}

/** Layer 3 (价值观): multi-label archetype weights, ranked. */
export interface ValuesLayer {
  weights: Readonly<Record<Archetype, number>>;
  ranked: readonly ArchetypeWeight[];
  top: Archetype;
  ruleVersion: string;
}

const EVIDENCE_FEATURES_PER_ARCHETYPE = 3;

/**
 * Linear score per archetype over the 0–1 mapped features (RuleSet weights), then a softmax with the RuleSet
 * temperature so weights sum to 1 and stay multi-label. Evidence names the features that pushed each one up most.
 */
export function computeValuesLayer(rawFeatures: Readonly<Record<ArchetypeFeatureId, number>>, rules: RuleSet): ValuesLayer {
  const cfg = rules.archetypes;
  const scaled = {} as Record<ArchetypeFeatureId, number>;
  for (const f of ARCHETYPE_FEATURE_IDS) scaled[f] = unitScale(rawFeatures[f], cfg.features[f].lo, cfg.features[f].hi);

  const scores: number[] = [];
  const evidence: Evidence[] = [];
  for (const a of ENGINE_ARCHETYPES) {
    const contributions: { feature: ArchetypeFeatureId; amount: number }[] = [];
    let score = -cfg.intercepts[a];
    for (const [feature, weight] of Object.entries(cfg.weights[a]) as [ArchetypeFeatureId, number][]) {
      const amount = weight * scaled[feature];
      score += amount;
      if (amount > 0) contributions.push({ feature, amount });
    }
    contributions.sort((x, y) => y.amount - x.amount);
    const top = contributions.slice(0, EVIDENCE_FEATURES_PER_ARCHETYPE);
    const values: Record<string, number> = { score: round(score, 3) };
    for (const c of top) values[c.feature] = round(rawFeatures[c.feature], 3);
    const label = top.length > 0 ? top.map((c) => FEATURE_LABELS_ZH[c.feature]).join('、') : '无明显信号';
    scores.push(score);
    evidence.push(makeEvidence(`${ARCHETYPE_NAMES_ZH[a]}：${label}`, values));
  }

  const maxScore = Math.max(...scores);
  const exps = scores.map((s) => Math.exp((s - maxScore) / cfg.temperature));
  const sum = exps.reduce((x, y) => x + y, 0);
  const weights = {} as Record<Archetype, number>;
  const ranked: ArchetypeWeight[] = ENGINE_ARCHETYPES.map((id, i) => {
    const weight = (exps[i] ?? 0) / sum;
    weights[id] = weight;
    return { id, labelZh: ARCHETYPE_NAMES_ZH[id], weight, evidence: evidence[i] ?? makeEvidence('', {}) };
  });
  // Stable tie-break by catalogue order keeps the portrait deterministic.
  ranked.sort((x, y) => y.weight - x.weight);
  return { weights, ranked, top: ranked[0]?.id ?? 'security', ruleVersion: rules.version };
}
