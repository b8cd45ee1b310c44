import type { PortraitInput } from '../inputs.js';
import type { BehaviourMetrics } from '../metrics/compute-metrics.js';
import { daysBetween } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export const LIFECYCLE_STAGES = ['prospect', 'new', 'growing', 'changing', 'churn_risk', 'reactivated'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const LIFECYCLE_LABELS_ZH: Record<LifecycleStage, string> = {
  prospect: '潜在',
  new: '新客',
  growing: '价值提升',
  changing: '需求变化',
  churn_risk: '流失风险',
  reactivated: '沉默回归',
};

function firstSeenAt(input: PortraitInput): number | null {
  let first = Infinity;
  for (const h of input.holdings) first = Math.min(first, h.openedAt);
  for (const t of input.trades) first = Math.min(first, t.time);
  for (const f of input.cashFlows) first = Math.min(first, f.time);
  return Number.isFinite(first) ? first : null;
}

/**
 * First matching rule wins, in this order: prospect (no money ever) → new (first money within N days) → reactivated
 * (back after a dormant gap) → churn risk (dormant now, or a large share of assets left) → changing (large net flow
 * either way) → growing (the steady default).
 */
export function classifyLifecycle(input: PortraitInput, m: BehaviourMetrics, rules: RuleSet): LifecycleStage {
  const r = rules.derive.lifecycle;
  const first = firstSeenAt(input);
  const aum = m.aum.value.aum;
  if (first === null && aum <= 0) return 'prospect';
  if (first !== null && daysBetween(first, input.asOf) <= r.newClientDays) return 'new';
  const { daysSinceLogin, gapBeforeLastLoginDays } = m.recency.value;
  if (daysSinceLogin !== null && daysSinceLogin <= r.reactivationDays && (gapBeforeLastLoginDays ?? 0) >= r.dormantDays) {
    return 'reactivated';
  }
  const { outflowLong, netLong } = m.netFlows.value;
  const dormant = daysSinceLogin === null || daysSinceLogin >= r.dormantDays;
  const draining = outflowLong > 0 && outflowLong >= r.churnOutflowShare * (aum + outflowLong);
  if (dormant || draining) return 'churn_risk';
  if (aum > 0 && Math.abs(netLong) >= r.changingNetFlowShare * aum) return 'changing';
  return 'growing';
}
