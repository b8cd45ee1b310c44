import type { Archetype } from '@valuelens/contracts';
import type { Portrait } from '../engine/compute-portrait.js';
import { TRAIT_IDS } from '../engine/traits/trait.js';
import type { ClientPortrait } from '../entities/client-portrait.entity.js';
import { encodePortrait } from '../entities/portrait-codec.js';

const SUMMARY_MAX = 255;

function rounded(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The stored row of a computed portrait: indexed scalars for filtering and ranking, the whole portrait as compressed JSON. */
export function toPortraitRow(clientId: number, portrait: Portrait): ClientPortrait {
  const weights = {} as Record<Archetype, number>;
  for (const [id, w] of Object.entries(portrait.values.weights) as [Archetype, number][]) weights[id] = rounded(w, 4);
  const traitScores: Record<string, number> = {};
  for (const id of TRAIT_IDS) traitScores[id] = portrait.psychology[id].score;
  return {
    clientId,
    ruleVersion: portrait.ruleVersion.slice(0, 32),
    topArchetype: portrait.values.top,
    archetypeWeights: weights,
    traitScores,
    anxiety: portrait.psychology.anxiety.score,
    framing: portrait.framing,
    format: portrait.format,
    lifecycle: portrait.lifecycle,
    valueGroup: portrait.valueGroup,
    summaryZh: [...portrait.summaryZh].slice(0, SUMMARY_MAX).join(''),
    portrait: encodePortrait(JSON.stringify(portrait)),
    computedAt: new Date(portrait.asOf),
  };
}
