import type { AudienceInput } from '@/api/outreach-types';
import { zhCN } from '@/locales/zh-CN';

export type AudienceMode = 'all' | 'tags' | 'segment';

export interface AudienceDraft {
  mode: AudienceMode;
  tagKeys: string[];
  segmentId: number | null;
}

/**
 * The mass-send audience in the server's language (outreach/campaigns AudienceInput; segment filter
 * `{tag}` nodes, segments/filter/filter.types.ts). Tags match when the client carries any of them.
 */
export function audienceOf(draft: AudienceDraft): { ok: true; audience: AudienceInput } | { ok: false; messageZh: string } {
  if (draft.mode === 'all') return { ok: true, audience: { all: true } };
  if (draft.mode === 'segment') {
    return draft.segmentId === null ? { ok: false, messageZh: zhCN.massSend.segmentRequired } : { ok: true, audience: { segmentId: draft.segmentId } };
  }
  const [first, ...rest] = draft.tagKeys;
  if (!first) return { ok: false, messageZh: zhCN.massSend.tagsRequired };
  const segmentFilter = rest.length === 0 ? { tag: first } : { or: draft.tagKeys.map((tag) => ({ tag })) };
  return { ok: true, audience: { segmentFilter } };
}
