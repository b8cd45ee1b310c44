import type { Archetype } from '@valuelens/contracts';
import type { Portrait } from '../engine/compute-portrait.js';
import { TRAIT_IDS } from '../engine/traits/trait.js';
import type { ClientPortrait } from '../entities/client-portrait.entity.js';
import { encodePortrait } from '../entities/portrait-codec.js';
import { type SnapshotPoint, storedRuleVersion, toPortraitView, TRAJECTORY_POINTS } from '../view/portrait-view.js';

const SUMMARY_MAX = 255;

function rounded(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A computed portrait as stored: its row (client_portraits) and its view (client_portrait_views). */
export interface StoredPortraitRows {
  row: ClientPortrait;
  /** The portrait as the sidebar shows it, compressed (entities/portrait-codec.ts). */
  view: Buffer;
}

/**
 * The stored form of a computed portrait: indexed scalars for filtering and ranking, and the portrait as the sidebar
 * shows it (compressed JSON), with its trajectory over the client's stored snapshots (oldest first) plus the one
 * written with this row when `snapshotMonth` is set.
 */
export function toPortraitRows(clientId: number, portrait: Portrait, snapshots: readonly SnapshotPoint[], snapshotMonth: string | null): StoredPortraitRows {
  const weights = {} as Record<Archetype, number>;
  for (const [id, w] of Object.entries(portrait.values.weights) as [Archetype, number][]) weights[id] = rounded(w, 4);
  const points = snapshotMonth ? [...snapshots, { month: snapshotMonth, topArchetype: portrait.values.top, weights }] : snapshots;
  const traitScores: Record<string, number> = {};
  for (const id of TRAIT_IDS) traitScores[id] = portrait.psychology[id].score;
  const row: ClientPortrait = {
    clientId,
    ruleVersion: storedRuleVersion(portrait.ruleVersion),
    topArchetype: portrait.values.top,
    archetypeWeights: weights,
    traitScores,
    anxiety: portrait.psychology.anxiety.score,
    framing: portrait.framing,
    format: portrait.format,
    lifecycle: portrait.lifecycle,
    valueGroup: portrait.valueGroup,
    summaryZh: [...portrait.summaryZh].slice(0, SUMMARY_MAX).join(''),
    computedAt: new Date(portrait.asOf),
  };
  return { row, view: encodePortrait(JSON.stringify(toPortraitView(portrait, points.slice(-TRAJECTORY_POINTS)))) };
}
