import { ARCHETYPES, ARCHETYPE_LABELS_ZH } from '@valuelens/contracts';
import type { AddTagInput, TagLayer } from '@/api/portrait-types';
import { zhCN } from '@/locales/zh-CN';

export interface TagPreset {
  tagKey: string;
  labelZh: string;
  layer: TagLayer;
}

/** Psychology trait ids and names as the portrait engine defines them (server portrait/engine/traits/trait.ts). */
const TRAIT_PRESETS: TagPreset[] = [
  { tagKey: 'loss_aversion', labelZh: '损失厌恶', layer: 'psychology' },
  { tagKey: 'overconfidence', labelZh: '过度自信', layer: 'psychology' },
  { tagKey: 'herding', labelZh: '羊群效应', layer: 'psychology' },
  { tagKey: 'mental_accounting', labelZh: '心理账户', layer: 'psychology' },
  { tagKey: 'framing_sensitivity', labelZh: '框架敏感', layer: 'psychology' },
  { tagKey: 'instant_gratification', labelZh: '即时满足', layer: 'psychology' },
  { tagKey: 'social_proof', labelZh: '社会认同依赖', layer: 'psychology' },
  { tagKey: 'anxiety', labelZh: '焦虑指数', layer: 'psychology' },
];

export const TAG_PRESETS: TagPreset[] = [
  ...ARCHETYPES.map((archetype) => ({ tagKey: archetype, labelZh: ARCHETYPE_LABELS_ZH[archetype], layer: 'values' as const })),
  ...TRAIT_PRESETS,
];

/** The server's rules (portrait/tags/tags.dto.ts): reason 2–200 characters, custom label ≤ 32. */
export const REASON_MIN = 2;
export const REASON_MAX = 200;
export const LABEL_MAX = 32;

/**
 * A custom tag needs a key matching /^[a-z][a-z0-9_]{1,31}$/ (server tag-catalog.ts); advisors type a Chinese
 * name, so the key is minted from the time — unique per client, and the name is what everyone reads.
 */
export function customTagKey(now: Date): string {
  return `custom_${now.getTime().toString(36)}`;
}

export type TagDraftCheck = { ok: true; input: AddTagInput } | { ok: false; messageZh: string };

/** Validates the add-tag form before anything is sent; the reason is required (DESIGN §2: every change has one). */
export function checkTagDraft(draft: { presetKey: string | null; customLabel: string; reason: string }, now: Date): TagDraftCheck {
  const reason = draft.reason.trim();
  const customLabel = draft.customLabel.trim();
  if (!draft.presetKey && !customLabel) return { ok: false, messageZh: zhCN.tags.pickRequired };
  if (reason.length < REASON_MIN) return { ok: false, messageZh: zhCN.tags.reasonRequired };
  if (draft.presetKey) return { ok: true, input: { tagKey: draft.presetKey, reason } };
  return { ok: true, input: { tagKey: customTagKey(now), labelZh: customLabel, reason } };
}

export function checkRemovalReason(reason: string): { ok: true; reason: string } | { ok: false; messageZh: string } {
  const trimmed = reason.trim();
  return trimmed.length < REASON_MIN ? { ok: false, messageZh: zhCN.tags.reasonRequired } : { ok: true, reason: trimmed };
}
