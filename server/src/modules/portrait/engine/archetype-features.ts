import type { PortraitInput } from './inputs.js';
import type { BehaviourMetrics } from './metrics/compute-metrics.js';
import type { PsychologyTraits } from './traits/compute-traits.js';
import type { Trait } from './traits/trait.js';

/**
 * The named signals the values layer weighs. Each is a raw number from layer 1 or 2; the RuleSet maps it onto 0–1
 * (`archetypes.features`) and weighs it per archetype (`archetypes.weights`), so HQ can retune without code. Ids and
 * labels live in the contracts: the sidebar names them in an archetype's evidence.
 */
export { ARCHETYPE_FEATURE_IDS, type ArchetypeFeatureId, ARCHETYPE_FEATURE_LABELS_ZH as FEATURE_LABELS_ZH } from '@valuelens/contracts';
import type { ArchetypeFeatureId } from '@valuelens/contracts';

/** Trait score pulled towards neutral by its confidence, so a thinly backed trait cannot dominate an archetype. */
function shrunk(trait: Trait, neutral: number): number {
  return neutral + (trait.score - neutral) * trait.confidence;
}

export function extractArchetypeFeatures(
  input: PortraitInput,
  m: BehaviourMetrics,
  t: PsychologyTraits,
  neutralScore: number,
): Record<ArchetypeFeatureId, number> {
  const topics = m.contentDwell.value.sessionShareByTopic;
  const turnover = m.tradeActivity.value.monthlyTurnover ?? 0;
  return {
    loss_aversion: shrunk(t.loss_aversion, neutralScore),
    overconfidence: shrunk(t.overconfidence, neutralScore),
    herding: shrunk(t.herding, neutralScore),
    social_proof: shrunk(t.social_proof, neutralScore),
    instant_gratification: shrunk(t.instant_gratification, neutralScore),
    monthly_turnover: turnover,
    low_turnover: turnover,
    trades_per_month: m.tradeActivity.value.tradesPerMonth,
    holding_period_days: m.holdingPeriod.value.medianDays ?? 0,
    equity_share: m.allocation.value.equityShare,
    wealth_share: m.allocation.value.wealthShare,
    low_risk_share: m.allocation.value.lowRiskShare,
    high_risk_share: m.allocation.value.highRiskShare,
    age_years: input.profile?.ageYears ?? 0,
    topic_policy_macro: topics.policy + topics.macro,
    topic_technical: topics.technical,
    topic_fundamental: topics.fundamental,
    topic_education: topics.education,
    topic_product: topics.product,
    quote_view_share: m.appUsage.value.quoteViewShare,
    watchlist_adds: m.watchlistAdds.value,
    courses_started: m.courseCompletion.value.started,
    courses_completed: m.courseCompletion.value.completed,
    course_completion_rate: m.courseCompletion.value.rate ?? 0,
  };
}
