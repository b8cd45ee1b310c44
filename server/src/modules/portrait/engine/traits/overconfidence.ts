import { makeEvidence } from '../evidence.js';
import type { TradeActivityValue } from '../metrics/trading.js';
import { percentileOf, round, unitScale, withinDays } from '../numeric.js';
import type { TradeInput } from '../inputs.js';
import type { RuleSet } from '../rules.js';
import { AfterAnchorWindow, gainRealizingSells } from './trade-outcomes.js';
import { combineComponents, supportFrom, type Trait, type TraitComponent } from './trait.js';

/**
 * Barber & Odean (2000): overconfident investors trade too much — turnover ranked against the client base.
 * Zero trading on a funded account is evidence too (against overconfidence), so it keeps the RuleSet's idle support.
 */
function turnoverComponent(activity: TradeActivityValue, rules: RuleSet): TraitComponent {
  const r = rules.traits.overconfidence;
  const turnover = activity.monthlyTurnover;
  const percentile = turnover === null ? null : percentileOf(turnover, r.turnoverReferenceQuantiles);
  return {
    weight: r.weights.turnover,
    support:
      turnover === null
        ? 0
        : r.idleAccountSupport + (1 - r.idleAccountSupport) * supportFrom(activity.tradeCount, r.minTradesForFullSupport),
    score: percentile ?? rules.traits.neutralScore,
    evidence: makeEvidence(
      percentile === null ? '无资产，换手率不可算' : `月换手率${round((turnover ?? 0) * 100, 1)}%，高于${Math.round(percentile)}%的客户`,
      { monthlyTurnover: turnover === null ? null : round(turnover, 3), percentile: percentile === null ? null : round(percentile, 1) },
    ),
  };
}

/**
 * Trading after gains (Statman, Thorley & Vorkink 2006; Barber & Odean 2000/2002): the share of buys placed within
 * the RuleSet window after a gain-realizing sell. `sortedTrades` must be in time order.
 */
function postGainComponent(sortedTrades: readonly TradeInput[], asOf: number, rules: RuleSet): TraitComponent {
  const r = rules.traits.overconfidence;
  const days = rules.windows.longDays;
  const gains = gainRealizingSells(sortedTrades, asOf).map((t) => t.time);
  const window = new AfterAnchorWindow(gains, r.postGainWindowDays);
  let buys = 0;
  let postGainBuys = 0;
  for (const t of sortedTrades) {
    if (t.side !== 'buy' || !withinDays(t.time, asOf, days)) continue;
    buys++;
    if (window.contains(t.time)) postGainBuys++;
  }
  const share = buys > 0 ? postGainBuys / buys : 0;
  return {
    weight: r.weights.postGainTrading,
    support: buys > 0 ? supportFrom(gains.length, r.minTradesForFullSupport / 2) : 0,
    score: 100 * unitScale(share, r.postGainShare.lo, r.postGainShare.hi),
    evidence: makeEvidence(`${postGainBuys}/${buys}笔买入发生在盈利卖出后${r.postGainWindowDays}天内`, {
      buys,
      postGainBuys,
      gainSells: gains.length,
      share: round(share, 3),
    }),
  };
}

export function computeOverconfidence(
  sortedTrades: readonly TradeInput[],
  activity: TradeActivityValue,
  asOf: number,
  rules: RuleSet,
): Trait {
  return combineComponents(
    'overconfidence',
    [turnoverComponent(activity, rules), postGainComponent(sortedTrades, asOf, rules)],
    rules,
  );
}
