import { makeEvidence, type Metric } from '../evidence.js';
import type { HoldingInput } from '../inputs.js';
import { round } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface AumValue {
  aum: number;
  bandId: string;
  bandLabelZh: string;
}

/** AUM = market value of all holdings; the band is the highest one whose lower bound the AUM reaches. */
export function computeAum(holdings: readonly HoldingInput[], rules: RuleSet): Metric<AumValue> {
  let aum = 0;
  const refs: string[] = [];
  for (const h of holdings) {
    aum += h.marketValue;
    if (refs.length < rules.evidenceRefCap) refs.push(h.productCode);
  }
  let band = rules.aumBands[0];
  for (const candidate of rules.aumBands) if (aum >= candidate.minAum) band = candidate;
  const bandId = band?.id ?? 'unknown';
  const bandLabelZh = band?.labelZh ?? '未知';
  return {
    value: { aum, bandId, bandLabelZh },
    evidence: makeEvidence(`资产规模${bandLabelZh}`, { aum: round(aum), positions: holdings.length }, refs),
  };
}
