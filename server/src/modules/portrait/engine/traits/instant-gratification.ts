import { makeEvidence } from '../evidence.js';
import type { FormatCompletionValue, FragmentationValue } from '../metrics/content.js';
import { round, unitScale } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { combineComponents, supportFrom, type Trait } from './trait.js';

/**
 * Present bias / preference for immediate reward (Laibson 1997), read from attention: fragmented reading, and of the
 * items finished, how many were short videos rather than long reports.
 */
export function computeInstantGratification(fragmentation: FragmentationValue, formats: FormatCompletionValue, rules: RuleSet): Trait {
  const r = rules.traits.instantGratification;
  const finished = formats.shortVideoCompleted + formats.deepReportCompleted;
  const shortShare = finished > 0 ? formats.shortVideoCompleted / finished : 0;
  return combineComponents(
    'instant_gratification',
    [
      {
        weight: r.weights.fragmentation,
        support: fragmentation.index === null ? 0 : supportFrom(fragmentation.sessions, r.minSessionsForFullSupport),
        score: 100 * unitScale(fragmentation.index ?? 0, r.fragmentation.lo, r.fragmentation.hi),
        evidence: makeEvidence(`碎片化阅读占${Math.round((fragmentation.index ?? 0) * 100)}%`, {
          sessions: fragmentation.sessions,
          shortSessions: fragmentation.shortSessions,
        }),
      },
      {
        weight: r.weights.formatPreference,
        support: supportFrom(finished, r.minFormatSamplesForFullSupport),
        score: 100 * shortShare,
        evidence: makeEvidence(`看完的内容中短视频占${Math.round(shortShare * 100)}%`, {
          shortVideoCompleted: formats.shortVideoCompleted,
          deepReportCompleted: formats.deepReportCompleted,
          shortShare: round(shortShare, 3),
        }),
      },
    ],
    rules,
  );
}
