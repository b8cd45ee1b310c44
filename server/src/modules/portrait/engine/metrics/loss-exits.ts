import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import { eventsNamed, numberProp, type EventIndex } from '../event-index.js';
import type { CashFlowInput, EpochMs, TradeInput } from '../inputs.js';
import { DAY_MS, withinDays } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface LossExitsValue {
  losingSells: number;
  /** Losing sells followed by a material outflow (cash out or a redemption) within the RuleSet window. */
  exits: number;
  /** exits ÷ losingSells; 0 without losing sells. */
  exitShare: number;
  /** Exits in the long window, for the advisor summary ("近90天两次在亏损后赎回"). */
  recentExits: number;
}

interface Outflow {
  time: number;
  amount: number;
}

/**
 * "Redeemed after a loss": a sell with realizedPnl < 0 followed within the window by money leaving — a cash
 * withdrawal or a redemption — of at least the RuleSet share of the sell amount, so a routine small withdrawal that
 * happens to follow a loss does not count. A redemption event without an amount counts as material.
 */
export function computeLossExits(
  sortedTrades: readonly TradeInput[],
  cashFlows: readonly CashFlowInput[],
  events: EventIndex,
  asOf: EpochMs,
  rules: RuleSet,
): Metric<LossExitsValue> {
  const { panicExitWindowDays: windowDays, minExitShareOfSell } = rules.traits.lossAversion;
  const outflows: Outflow[] = [];
  for (const f of cashFlows) if (f.direction === 'out' && f.time <= asOf) outflows.push({ time: f.time, amount: f.amount });
  for (const e of eventsNamed(events, 'redemption')) {
    if (e.time <= asOf) outflows.push({ time: e.time, amount: numberProp(e, 'amount') ?? Infinity });
  }
  outflows.sort((a, b) => a.time - b.time);
  const v: LossExitsValue = { losingSells: 0, exits: 0, exitShare: 0, recentExits: 0 };
  const refs = new RefCollector(rules.evidenceRefCap);
  let cursor = 0;
  for (const t of sortedTrades) {
    if (t.side !== 'sell' || t.time > asOf || (t.realizedPnl ?? 0) >= 0) continue;
    v.losingSells++;
    // Trades are in time order, so the first candidate outflow only moves forward.
    while (cursor < outflows.length && (outflows[cursor]?.time ?? 0) <= t.time) cursor++;
    const until = t.time + windowDays * DAY_MS;
    let exited = false;
    for (let i = cursor; i < outflows.length; i++) {
      const o = outflows[i];
      if (!o || o.time > until) break;
      if (o.amount >= minExitShareOfSell * t.amount) {
        exited = true;
        break;
      }
    }
    if (!exited) continue;
    v.exits++;
    if (withinDays(t.time, asOf, rules.windows.longDays)) v.recentExits++;
    refs.add(t.id);
  }
  v.exitShare = v.losingSells > 0 ? v.exits / v.losingSells : 0;
  return {
    value: v,
    evidence: makeEvidence(`${v.exits}/${v.losingSells}次亏损卖出后${windowDays}天内转出资金`, { ...v, windowDays }, refs.list()),
  };
}
