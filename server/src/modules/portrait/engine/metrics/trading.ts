import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import type { EpochMs, TradeInput } from '../inputs.js';
import { DAYS_PER_MONTH, round, withinDays } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface TradeActivityValue {
  tradeCount: number;
  tradesPerMonth: number;
  tradedAmount: number;
  /** Traded amount per month ÷ AUM; null without AUM. */
  monthlyTurnover: number | null;
}

/**
 * Trade frequency and monthly turnover over the long window. The engine receives no daily AUM series, so the
 * current AUM stands in for the window's average AUM (documented in EVENTS.md).
 */
export function computeTradeActivity(
  trades: readonly TradeInput[],
  aum: number,
  asOf: EpochMs,
  rules: RuleSet,
): Metric<TradeActivityValue> {
  const days = rules.windows.longDays;
  const months = days / DAYS_PER_MONTH;
  let tradeCount = 0;
  let tradedAmount = 0;
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const t of trades) {
    if (!withinDays(t.time, asOf, days)) continue;
    tradeCount++;
    tradedAmount += t.amount;
    refs.add(t.id);
  }
  const tradesPerMonth = tradeCount / months;
  const monthlyTurnover = aum > 0 ? tradedAmount / months / aum : null;
  return {
    value: { tradeCount, tradesPerMonth, tradedAmount, monthlyTurnover },
    evidence: makeEvidence(
      `近${days}天交易${tradeCount}笔，月均${round(tradesPerMonth, 1)}笔`,
      {
        tradeCount,
        tradesPerMonth: round(tradesPerMonth),
        tradedAmount: round(tradedAmount),
        monthlyTurnover: monthlyTurnover === null ? null : round(monthlyTurnover, 3),
      },
      refs.list(),
    ),
  };
}
