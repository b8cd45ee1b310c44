import type { Archetype } from '@valuelens/contracts';
import type { Portrait } from '../engine/compute-portrait.js';
import { FRAMING_LABELS_ZH } from '../engine/derive/framing.js';
import type { PreferredFormat } from '../engine/derive/format.js';
import { LIFECYCLE_LABELS_ZH } from '../engine/derive/lifecycle.js';
import { VALUE_GROUP_LABELS_ZH } from '../engine/derive/value-group.js';
import { TRAIT_IDS } from '../engine/traits/trait.js';
import type { ClientPortrait } from '../entities/client-portrait.entity.js';
import { decodePortrait } from '../entities/portrait-codec.js';
import { behaviourItems } from './behaviour-view.js';
import type { PortraitViewDto, TrajectoryPointDto } from './profile.dto.js';

const FORMAT_LABELS_ZH: Record<PreferredFormat, string> = {
  short_video: '短视频',
  deep_report: '深度报告',
  article: '图文',
  poster: '海报',
};

export interface SnapshotPoint {
  month: string;
  topArchetype: Archetype;
  weights: Record<string, number>;
}

function labelled<T extends string>(id: T, labels: Readonly<Record<T, string>>): { id: T; labelZh: string } {
  return { id, labelZh: labels[id] ?? id };
}

/** A stored portrait as read: compressed bytes, or JSON text stored before compression. */
export type StoredPortraitJson = Pick<ClientPortrait, 'computedAt' | 'ruleVersion'> & { portrait: Buffer | string };

/** The sidebar's view of a stored portrait: the three layers with evidence, derived advice and the trajectory. */
export function toPortraitView(row: StoredPortraitJson, snapshots: readonly SnapshotPoint[]): PortraitViewDto {
  const p = JSON.parse(decodePortrait(row.portrait)) as Portrait;
  const points: TrajectoryPointDto[] = snapshots.map((s) => ({ month: s.month, topArchetype: s.topArchetype, weights: s.weights }));
  return {
    summaryZh: p.summaryZh,
    computedAt: row.computedAt.toISOString(),
    ruleVersion: row.ruleVersion,
    lifecycle: labelled(p.lifecycle, LIFECYCLE_LABELS_ZH),
    valueGroup: labelled(p.valueGroup, VALUE_GROUP_LABELS_ZH),
    framing: labelled(p.framing, FRAMING_LABELS_ZH),
    format: labelled(p.format, FORMAT_LABELS_ZH),
    values: p.values.ranked.map((a) => ({ archetype: a.id, labelZh: a.labelZh, weight: Math.round(a.weight * 10_000) / 10_000 })),
    psychology: TRAIT_IDS.map((id) => {
      const t = p.psychology[id];
      return { trait: id, labelZh: t.labelZh, score: t.score, confidence: t.confidence, evidence: t.evidence.map((e) => ({ labelZh: e.labelZh, values: { ...e.values } })) };
    }),
    behaviour: behaviourItems(p.behaviour),
    triggers: p.triggers.map((t) => ({ type: t.type, suggestion: t.suggestion, score: t.score, reasonZh: t.reasonZh })),
    trajectory: points.length > 0 ? { textZh: p.trajectory?.textZh ?? '', points } : null,
  };
}
