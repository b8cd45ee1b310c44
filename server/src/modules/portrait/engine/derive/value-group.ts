import type { BehaviourMetrics } from '../metrics/compute-metrics.js';
import { DAYS_PER_MONTH, round, unitScale } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export const VALUE_GROUPS = ['high_value', 'deepen', 'potential', 'maintain'] as const;
export type ValueGroup = (typeof VALUE_GROUPS)[number];

export const VALUE_GROUP_LABELS_ZH: Record<ValueGroup, string> = {
  high_value: '高价值',
  deepen: '重要深耕',
  potential: '潜力开发',
  maintain: '稳定维系',
};

/** Engagement 0–100: mean of logins, reading minutes and interactions per month, each mapped by the RuleSet. */
export function engagementScore(m: BehaviourMetrics, rules: RuleSet): number {
  const r = rules.derive.valueGroup;
  const shortMonths = rules.windows.shortDays / DAYS_PER_MONTH;
  const longMonths = rules.windows.longDays / DAYS_PER_MONTH;
  const preferenceMonths = rules.windows.preferenceDays / DAYS_PER_MONTH;
  const loginsPerMonth = m.accountChecking.value.logins / shortMonths;
  const dwellMinutesPerMonth = m.contentDwell.value.totalSeconds / 60 / preferenceMonths;
  const interactionsPerMonth =
    (m.watchlistAdds.value + m.quoteViews.value) / shortMonths +
    (m.socialActivity.value.shares + m.socialActivity.value.communityPosts) / longMonths;
  const parts = [
    unitScale(loginsPerMonth, r.loginsPerMonth.lo, r.loginsPerMonth.hi),
    unitScale(dwellMinutesPerMonth, r.dwellMinutesPerMonth.lo, r.dwellMinutesPerMonth.hi),
    unitScale(interactionsPerMonth, r.interactionsPerMonth.lo, r.interactionsPerMonth.hi),
  ];
  return round((100 * parts.reduce((a, b) => a + b, 0)) / parts.length, 1);
}

/** AUM × engagement quadrants: 高价值 (high/high), 重要深耕 (high AUM, low engagement), 潜力开发 (low/high), 稳定维系. */
export function classifyValueGroup(m: BehaviourMetrics, rules: RuleSet): { group: ValueGroup; engagement: number } {
  const engagement = engagementScore(m, rules);
  const highAum = m.aum.value.aum >= rules.derive.valueGroup.highAumMin;
  const engaged = engagement >= rules.derive.valueGroup.highEngagementMin;
  const group: ValueGroup = highAum ? (engaged ? 'high_value' : 'deepen') : engaged ? 'potential' : 'maintain';
  return { group, engagement };
}
