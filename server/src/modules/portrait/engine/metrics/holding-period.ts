import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import type { EpochMs, HoldingInput, TradeInput } from '../inputs.js';
import { daysBetween, median, round } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface HoldingPeriodValue {
  medianDays: number | null;
  closedPositions: number;
  openPositions: number;
}

/**
 * Median holding period in days over (a) closed round trips — each sell closes the oldest open buy of the same
 * product (FIFO by lot; amounts are not split because the feed carries amounts, not quantities) or, with no buy in
 * the feed, the current holding's opening date — and (b) open holdings, aged from `openedAt` to `asOf` (a lower
 * bound, since they are still held). `trades` must be sorted by time.
 */
export function computeHoldingPeriod(
  trades: readonly TradeInput[],
  holdings: readonly HoldingInput[],
  asOf: EpochMs,
  rules: RuleSet,
): Metric<HoldingPeriodValue> {
  const openBuys = new Map<string, number[]>();
  const openedAtByProduct = new Map<string, number>();
  for (const h of holdings) openedAtByProduct.set(h.productCode, h.openedAt);
  const periods: number[] = [];
  const refs = new RefCollector(rules.evidenceRefCap);
  let closedPositions = 0;
  for (const t of trades) {
    if (t.time > asOf) continue;
    if (t.side === 'buy') {
      const lots = openBuys.get(t.productCode);
      if (lots) lots.push(t.time);
      else openBuys.set(t.productCode, [t.time]);
      continue;
    }
    const lots = openBuys.get(t.productCode);
    const boughtAt = lots && lots.length > 0 ? lots.shift() : openedAtByProduct.get(t.productCode);
    if (boughtAt === undefined || boughtAt > t.time) continue;
    periods.push(daysBetween(boughtAt, t.time));
    closedPositions++;
    refs.add(t.id);
  }
  for (const h of holdings) {
    if (h.openedAt <= asOf) periods.push(daysBetween(h.openedAt, asOf));
  }
  const medianDays = median(periods);
  return {
    value: { medianDays, closedPositions, openPositions: holdings.length },
    evidence: makeEvidence(
      medianDays === null ? '无持仓周期数据' : `持仓周期中位数${Math.round(medianDays)}天`,
      { medianDays: medianDays === null ? null : round(medianDays, 1), closedPositions, openPositions: holdings.length },
      refs.list(),
    ),
  };
}
