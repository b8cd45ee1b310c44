import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import type { HoldingInput } from '../inputs.js';
import { round } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface DrawdownValue {
  /** max(0, 1 − market value ÷ cost) over all holdings: 0.12 = the portfolio sits 12 % under its cost. */
  drawdown: number;
  marketValue: number;
  costValue: number;
  losingPositions: number;
}

/**
 * Current drawdown measured against cost, not against a running AUM peak: the feed carries holdings with cost and
 * market value but no daily AUM history, and "below what I paid" is also the reference point clients feel
 * (prospect theory's reference point is typically the purchase price).
 */
export function computeDrawdown(holdings: readonly HoldingInput[], rules: RuleSet): Metric<DrawdownValue> {
  let marketValue = 0;
  let costValue = 0;
  let losingPositions = 0;
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const h of holdings) {
    marketValue += h.marketValue;
    costValue += h.costValue;
    if (h.marketValue < h.costValue) {
      losingPositions++;
      refs.add(h.productCode);
    }
  }
  const drawdown = costValue > 0 ? Math.max(0, 1 - marketValue / costValue) : 0;
  return {
    value: { drawdown, marketValue, costValue, losingPositions },
    evidence: makeEvidence(
      drawdown > 0 ? `持仓较成本回撤${round(drawdown * 100, 1)}%` : '持仓未低于成本',
      { drawdown: round(drawdown, 4), marketValue: round(marketValue), costValue: round(costValue), losingPositions },
      refs.list(),
    ),
  };
}
