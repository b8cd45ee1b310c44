import type { PortraitInput } from './inputs.js';
import type { BehaviourMetrics } from './metrics/compute-metrics.js';
import type { PsychologyTraits } from './traits/compute-traits.js';
import type { Trait } from './traits/trait.js';

/**
 * The named signals the values layer weighs. Each is a raw number from layer 1 or 2; the RuleSet maps it onto 0–1
 * (`archetypes.features`) and weighs it per archetype (`archetypes.weights`), so HQ can retune without code.
 */
export const ARCHETYPE_FEATURE_IDS = [
  'loss_aversion',
  'overconfidence',
  'herding',
  'social_proof',
  'instant_gratification',
  'monthly_turnover',
  'low_turnover',
  'trades_per_month',
  'holding_period_days',
  'equity_share',
  'wealth_share',
  'low_risk_share',
  'high_risk_share',
  'age_years',
  'topic_policy_macro',
  'topic_technical',
  'topic_fundamental',
  'topic_education',
  'topic_product',
  'quote_view_share',
  'watchlist_adds',
  'courses_started',
  'courses_completed',
  'course_completion_rate',
] as const;
export type ArchetypeFeatureId = (typeof ARCHETYPE_FEATURE_IDS)[number];

export const FEATURE_LABELS_ZH: Record<ArchetypeFeatureId, string> = {
  loss_aversion: '损失厌恶',
  overconfidence: '过度自信',
  herding: '追热门',
  social_proof: '分享/社区活跃',
  instant_gratification: '偏好即时反馈',
  monthly_turnover: '月换手率',
  low_turnover: '换手率低',
  trades_per_month: '月均交易笔数',
  holding_period_days: '持仓周期(天)',
  equity_share: '权益类占比',
  wealth_share: '理财/债券占比',
  low_risk_share: '低风险产品占比',
  high_risk_share: '高风险产品占比',
  age_years: '年龄',
  topic_policy_macro: '政策/宏观阅读占比',
  topic_technical: '技术分析阅读占比',
  topic_fundamental: '基本面阅读占比',
  topic_education: '投教阅读占比',
  topic_product: '产品阅读占比',
  quote_view_share: '看行情占App行为比例',
  watchlist_adds: '近30天加自选次数',
  courses_started: '参加课程数',
  courses_completed: '完成课程数',
  course_completion_rate: '课程完成率',
};

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
