import { ARCHETYPE_LABELS_ZH, ARCHETYPES, type Archetype } from '@valuelens/contracts';
import { TRAIT_IDS, TRAIT_LABELS_ZH, type TraitId } from '../engine/traits/trait.js';
import type { TagLayer } from '../entities/client-tag.entity.js';

/** Tag keys: lowercase snake case, so they are safe in URLs, filters and WeCom corp-tag mappings. */
export const TAG_KEY_PATTERN = /^[a-z][a-z0-9_]{1,31}$/;

const isArchetype = (key: string): key is Archetype => (ARCHETYPES as readonly string[]).includes(key);
const isTrait = (key: string): key is TraitId => (TRAIT_IDS as readonly string[]).includes(key);

/** The layer and Chinese label a key has by definition: archetypes (价值观), traits (心理), or a custom key. */
export function describeTagKey(key: string): { layer: TagLayer; labelZh: string | null } {
  if (isArchetype(key)) return { layer: 'values', labelZh: ARCHETYPE_LABELS_ZH[key] };
  if (isTrait(key)) return { layer: 'psychology', labelZh: TRAIT_LABELS_ZH[key] };
  return { layer: 'custom', labelZh: null };
}

const LAYER_ORDER: Record<TagLayer, number> = { values: 0, psychology: 1, custom: 2 };

export function compareTags(a: { layer: TagLayer; score: number | null }, b: { layer: TagLayer; score: number | null }): number {
  return LAYER_ORDER[a.layer] - LAYER_ORDER[b.layer] || (b.score ?? 101) - (a.score ?? 101);
}
