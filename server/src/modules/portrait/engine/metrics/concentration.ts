import { makeEvidence, type Metric } from '../evidence.js';
import type { HoldingInput } from '../inputs.js';
import { round } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface ConcentrationValue {
  /** Herfindahl–Hirschman index of position weights, 1/n … 1; null without positions. */
  hhi: number | null;
  largestWeight: number | null;
  positions: number;
}

export function computeConcentration(holdings: readonly HoldingInput[], rules: RuleSet): Metric<ConcentrationValue> {
  let total = 0;
  let positions = 0;
  for (const h of holdings) {
    if (h.marketValue > 0) {
      total += h.marketValue;
      positions++;
    }
  }
  if (total <= 0) {
    return {
      value: { hhi: null, largestWeight: null, positions: 0 },
      evidence: makeEvidence('无持仓', { hhi: null, positions: 0 }),
    };
  }
  let hhi = 0;
  let largestWeight = 0;
  let largestCode = '';
  for (const h of holdings) {
    if (h.marketValue <= 0) continue;
    const w = h.marketValue / total;
    hhi += w * w;
    if (w > largestWeight) {
      largestWeight = w;
      largestCode = h.productCode;
    }
  }
  return {
    value: { hhi, largestWeight, positions },
    evidence: makeEvidence(
      `持仓集中度HHI ${round(hhi, 2)}，最大仓位占${Math.round(largestWeight * 100)}%`,
      { hhi: round(hhi, 4), largestWeight: round(largestWeight, 4), positions },
      [largestCode].slice(0, rules.evidenceRefCap),
    ),
  };
}
