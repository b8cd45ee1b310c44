import type { Archetype } from '@valuelens/contracts';
import type { Portrait } from '../engine/compute-portrait.js';
import { FRAMING_LABELS_ZH } from '../engine/derive/framing.js';
import type { PreferredFormat } from '../engine/derive/format.js';
import { LIFECYCLE_LABELS_ZH } from '../engine/derive/lifecycle.js';
import { VALUE_GROUP_LABELS_ZH } from '../engine/derive/value-group.js';
import { TRAIT_IDS } from '../engine/traits/trait.js';
import type { Evidence } from '../engine/evidence.js';
import { behaviourItems } from './behaviour-view.js';
import type { EvidenceDto, PortraitViewDto, TrajectoryPointDto } from '../profile/profile.dto.js';

const FORMAT_LABELS_ZH: Record<PreferredFormat, string> = {
  short_video: '短视频',
  deep_report: '深度报告',
  article: '图文',
  poster: '海报',
};

/** Trajectory points shown in the sidebar: the last year of monthly snapshots. */
export const TRAJECTORY_POINTS = 12;

export interface SnapshotPoint {
  month: string;
  topArchetype: Archetype;
  weights: Record<string, number>;
}

function labelled<T extends string>(id: T, labels: Readonly<Record<T, string>>): { id: T; labelZh: string } {
  return { id, labelZh: labels[id] ?? id };
}

function evidenceView(e: Evidence): EvidenceDto {
  return { labelZh: e.labelZh, values: { ...e.values }, refs: [...e.refs] };
}

/**
 * The sidebar's view of a computed portrait: the three layers with evidence (the numbers and the ids of the trades,
 * events and flows behind them), derived advice and the trajectory over the stored monthly snapshots (oldest first).
 * Built when the portrait is computed and stored as is, so a profile request serves it without rebuilding it.
 */
export function toPortraitView(p: Portrait, snapshots: readonly SnapshotPoint[]): PortraitViewDto {
  const points: TrajectoryPointDto[] = snapshots.map((s) => ({ month: s.month, topArchetype: s.topArchetype, weights: s.weights }));
  return {
    summaryZh: p.summaryZh,
    computedAt: new Date(p.asOf).toISOString(),
    ruleVersion: storedRuleVersion(p.ruleVersion),
    lifecycle: labelled(p.lifecycle, LIFECYCLE_LABELS_ZH),
    valueGroup: labelled(p.valueGroup, VALUE_GROUP_LABELS_ZH),
    framing: labelled(p.framing, FRAMING_LABELS_ZH),
    format: labelled(p.format, FORMAT_LABELS_ZH),
    values: p.values.ranked.map((a) => ({ archetype: a.id, labelZh: a.labelZh, weight: Math.round(a.weight * 10_000) / 10_000, evidence: evidenceView(a.evidence) })),
    psychology: TRAIT_IDS.map((id) => {
      const t = p.psychology[id];
      return { trait: id, labelZh: t.labelZh, score: t.score, confidence: t.confidence, evidence: t.evidence.map(evidenceView) };
    }),
    behaviour: behaviourItems(p.behaviour),
    triggers: p.triggers.map((t) => ({ type: t.type, suggestion: t.suggestion, score: t.score, reasonZh: t.reasonZh })),
    trajectory: points.length > 0 ? { textZh: p.trajectory?.textZh ?? '', points } : null,
  };
}

/** Rule versions are stored in a 32-character column. */
export function storedRuleVersion(version: string): string {
  return version.slice(0, 32);
}
