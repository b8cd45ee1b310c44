import type { Archetype } from '@valuelens/contracts';
import { ARCHETYPE_NAMES_ZH, ENGINE_ARCHETYPES } from './archetype-catalog.js';
import type { ArchetypeSnapshot } from './inputs.js';
import { round } from './numeric.js';
import type { RuleSet } from './rules.js';

export interface ArchetypeShift {
  from: Archetype;
  to: Archetype;
  /** First month (YYYY-MM) in which the new archetype dominated the smoothed profile. */
  month: string;
  /** Rise of the new archetype's weight between the two periods. */
  weightGain: number;
  textZh: string;
}

export interface CognitiveTrajectory {
  shifts: readonly ArchetypeShift[];
  /** e.g. "从技术分析派转向价值投资派"; empty when the profile is stable or history is too short. */
  textZh: string;
}

function dominant(weights: Readonly<Record<Archetype, number>>): Archetype {
  let best: Archetype = ENGINE_ARCHETYPES[0];
  for (const a of ENGINE_ARCHETYPES) if (weights[a] > weights[best]) best = a;
  return best;
}

/** Trailing mean over `window` snapshots ending at each month, to keep one noisy month from looking like a shift. */
function smooth(history: readonly ArchetypeSnapshot[], window: number): Record<Archetype, number>[] {
  return history.map((_, i) => {
    const from = Math.max(0, i - window + 1);
    const mean = {} as Record<Archetype, number>;
    for (const a of ENGINE_ARCHETYPES) {
      let sum = 0;
      for (let j = from; j <= i; j++) sum += history[j]?.weights[a] ?? 0;
      mean[a] = sum / (i - from + 1);
    }
    return mean;
  });
}

interface Run {
  archetype: Archetype;
  startIndex: number;
  endIndex: number;
}

/**
 * Cognitive trajectory (DESIGN §2): runs of the smoothed dominant archetype; a change of run counts as a shift only
 * when the new archetype's mean weight over its run exceeds its mean over the previous run by the RuleSet minimum —
 * otherwise the runs merge (a near-tie flickering is not a change of mind). `history` is oldest first.
 */
export function detectTrajectory(history: readonly ArchetypeSnapshot[], rules: RuleSet): CognitiveTrajectory {
  const { windowMonths, minWeightShift } = rules.derive.trajectory;
  if (history.length < 2) return { shifts: [], textZh: '' };
  const smoothed = smooth(history, windowMonths);
  const meanOver = (a: Archetype, run: Run): number => {
    let sum = 0;
    for (let i = run.startIndex; i <= run.endIndex; i++) sum += smoothed[i]?.[a] ?? 0;
    return sum / (run.endIndex - run.startIndex + 1);
  };
  const runs: Run[] = [];
  const shifts: ArchetypeShift[] = [];
  smoothed.forEach((weights, i) => {
    const a = dominant(weights);
    const current = runs[runs.length - 1];
    if (current === undefined) runs.push({ archetype: a, startIndex: i, endIndex: i });
    else if (current.archetype === a) current.endIndex = i;
    else runs.push({ archetype: a, startIndex: i, endIndex: i });
  });
  let settled = runs[0];
  for (let k = 1; k < runs.length && settled; k++) {
    const next = runs[k];
    if (!next) break;
    const gain = meanOver(next.archetype, next) - meanOver(next.archetype, settled);
    if (next.archetype !== settled.archetype && gain >= minWeightShift) {
      const text = `从${ARCHETYPE_NAMES_ZH[settled.archetype]}转向${ARCHETYPE_NAMES_ZH[next.archetype]}`;
      shifts.push({
        from: settled.archetype,
        to: next.archetype,
        month: history[next.startIndex]?.month ?? '',
        weightGain: round(gain, 3),
        textZh: text,
      });
      settled = next;
    } else {
      // Not a real change: the settled period simply continues through this run.
      settled = { ...settled, endIndex: next.endIndex };
    }
  }
  const textZh = shifts.map((s) => s.textZh).join('，再');
  return { shifts, textZh };
}
