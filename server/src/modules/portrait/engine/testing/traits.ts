import type { PsychologyTraits } from '../traits/compute-traits.js';
import { TRAIT_IDS, TRAIT_LABELS_ZH, type Trait, type TraitId } from '../traits/trait.js';

/** Neutral, fully confident traits with the given scores replaced — for tests of what is derived from layer 2. */
export function traitsWith(scores: Partial<Record<TraitId, number>>, confidence = 1): PsychologyTraits {
  const traits = {} as Record<TraitId, Trait>;
  for (const id of TRAIT_IDS) {
    traits[id] = { id, labelZh: TRAIT_LABELS_ZH[id], score: scores[id] ?? 50, confidence, evidence: [], ruleVersion: 'test' };
  }
  return traits;
}
