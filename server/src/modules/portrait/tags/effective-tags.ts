import type { TagLayer, TagSource } from '../entities/client-tag.entity.js';
import { compareTags } from './tag-catalog.js';

export interface TagRow {
  tagKey: string;
  layer: TagLayer;
  labelZh: string;
  source: TagSource;
  score: number | null;
  active: boolean;
}

export interface EffectiveTag {
  tagKey: string;
  labelZh: string;
  layer: TagLayer;
  source: TagSource;
  score: number | null;
}

/**
 * The tags a client carries (DESIGN §2: a manual tag wins over a computed one). Per key, an advisor's manual row
 * decides — active means added, inactive means removed — and only keys with no manual row fall back to the computed
 * row. A manually confirmed tag keeps the computed score for display.
 */
export function effectiveTags(rows: readonly TagRow[]): EffectiveTag[] {
  const manual = new Map<string, TagRow>();
  const computed = new Map<string, TagRow>();
  for (const r of rows) (r.source === 'manual' ? manual : computed).set(r.tagKey, r);
  const tags: EffectiveTag[] = [];
  for (const m of manual.values()) {
    if (!m.active) continue;
    const c = computed.get(m.tagKey);
    tags.push({ tagKey: m.tagKey, labelZh: m.labelZh, layer: m.layer, source: 'manual', score: m.score ?? (c?.active ? c.score : null) });
  }
  for (const c of computed.values()) {
    if (!c.active || manual.has(c.tagKey)) continue;
    tags.push({ tagKey: c.tagKey, labelZh: c.labelZh, layer: c.layer, source: 'computed', score: c.score });
  }
  return tags.sort(compareTags);
}
