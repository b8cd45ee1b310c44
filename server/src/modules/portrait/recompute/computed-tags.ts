import type { Portrait } from '../engine/compute-portrait.js';
import type { RuleSet } from '../engine/rules.js';
import { TRAIT_IDS } from '../engine/traits/trait.js';
import type { TagLayer } from '../entities/client-tag.entity.js';

export interface ComputedTag {
  tagKey: string;
  layer: TagLayer;
  labelZh: string;
  /** 0–100: archetype weight × 100, or the trait score. */
  score: number;
}

/**
 * The tags a portrait implies: its salient archetypes (values layer, RuleSet archetypes.tagMinWeight) and the traits
 * that are both high and backed by data, using the same thresholds the summary sentence uses to call a trait salient
 * (RuleSet derive.summary).
 */
export function computedTags(portrait: Portrait, rules: RuleSet): ComputedTag[] {
  const tags: ComputedTag[] = [];
  portrait.values.ranked.forEach((a, i) => {
    if (i === 0 || a.weight >= rules.archetypes.tagMinWeight) {
      tags.push({ tagKey: a.id, layer: 'values', labelZh: a.labelZh, score: Math.round(a.weight * 100) });
    }
  });
  const { salientTraitScore, salientTraitConfidence } = rules.derive.summary;
  for (const id of TRAIT_IDS) {
    const trait = portrait.psychology[id];
    if (trait.score >= salientTraitScore && trait.confidence >= salientTraitConfidence) {
      tags.push({ tagKey: id, layer: 'psychology', labelZh: trait.labelZh, score: Math.round(trait.score) });
    }
  }
  return tags;
}
