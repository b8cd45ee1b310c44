import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import type { CashFlowInput, EpochMs } from '../inputs.js';
import { round, withinDays } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface NetFlowsValue {
  netShort: number;
  netLong: number;
  inflowLong: number;
  outflowLong: number;
}

/** Net flows (in − out) over the short (30 d) and long (90 d) windows. */
export function computeNetFlows(flows: readonly CashFlowInput[], asOf: EpochMs, rules: RuleSet): Metric<NetFlowsValue> {
  const { shortDays, longDays } = rules.windows;
  let netShort = 0;
  let inflowLong = 0;
  let outflowLong = 0;
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const f of flows) {
    if (!withinDays(f.time, asOf, longDays)) continue;
    const signed = f.direction === 'in' ? f.amount : -f.amount;
    if (f.direction === 'in') inflowLong += f.amount;
    else outflowLong += f.amount;
    if (withinDays(f.time, asOf, shortDays)) netShort += signed;
    refs.add(f.id);
  }
  const netLong = inflowLong - outflowLong;
  return {
    value: { netShort, netLong, inflowLong, outflowLong },
    evidence: makeEvidence(
      `近${longDays}天净流入${round(netLong / 10_000, 1)}万`,
      { netShort: round(netShort), netLong: round(netLong), inflowLong: round(inflowLong), outflowLong: round(outflowLong) },
      refs.list(),
    ),
  };
}
