import type { RuleSet } from '../rules.js';
import type { PsychologyTraits } from '../traits/compute-traits.js';

export const PREFERRED_FORMATS = ['short_video', 'deep_report', 'article', 'poster'] as const;
export type PreferredFormat = (typeof PREFERRED_FORMATS)[number];

/**
 * ≤ 30 s video for instant-feedback clients, a deep report for delayed-gratification clients (DESIGN §2); clients who
 * live on sharing get a poster they can forward; everyone else an article.
 */
export function recommendFormat(traits: PsychologyTraits, rules: RuleSet): PreferredFormat {
  const f = rules.derive.format;
  const instant = traits.instant_gratification;
  if (instant.confidence > 0 && instant.score >= f.shortVideoMinInstantScore) return 'short_video';
  if (traits.social_proof.confidence > 0 && traits.social_proof.score >= f.posterMinSocialScore) return 'poster';
  if (instant.confidence > 0 && instant.score <= f.deepReportMaxInstantScore) return 'deep_report';
  return 'article';
}
