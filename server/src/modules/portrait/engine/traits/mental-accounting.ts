import { makeEvidence, RefCollector } from '../evidence.js';
import type { CashFlowInput, TradeInput } from '../inputs.js';
import { round, unitScale } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { hasTimeWithin } from '../time-search.js';
import { AfterAnchorWindow, gainRealizingSells } from './trade-outcomes.js';
import { combineComponents, supportFrom, type Trait, type TraitComponent } from './trait.js';

/** Thaler (1985/1999): gains kept in a separate account — realized gains withdrawn soon after, apart from principal. */
function gainWithdrawalComponent(
  gainSells: readonly TradeInput[],
  cashFlows: readonly CashFlowInput[],
  asOf: number,
  rules: RuleSet,
): TraitComponent {
  const r = rules.traits.mentalAccounting;
  const outTimes = cashFlows.filter((f) => f.direction === 'out' && f.time <= asOf).map((f) => f.time);
  outTimes.sort((a, b) => a - b);
  let withdrawn = 0;
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const s of gainSells) {
    if (hasTimeWithin(outTimes, s.time, r.withdrawalWindowDays)) {
      withdrawn++;
      refs.add(s.id);
    }
  }
  const share = gainSells.length > 0 ? withdrawn / gainSells.length : 0;
  return {
    weight: r.weights.gainWithdrawal,
    support: supportFrom(gainSells.length, r.minGainSellsForFullSupport),
    score: 100 * unitScale(share, r.withdrawalShare.lo, r.withdrawalShare.hi),
    evidence: makeEvidence(
      `${withdrawn}/${gainSells.length}次盈利卖出后${r.withdrawalWindowDays}天内转出资金`,
      { gainSells: gainSells.length, withdrawn, share: round(share, 3) },
      refs.list(),
    ),
  };
}

/**
 * House-money effect (Thaler & Johnson 1990): after gains, risk taken rises. Measured as the high-risk (R4–R5) share
 * of buys placed soon after a gain minus that share among the other buys; trades without a risk level are skipped.
 */
function houseMoneyComponent(sortedTrades: readonly TradeInput[], gainSells: readonly TradeInput[], asOf: number, rules: RuleSet): TraitComponent {
  const r = rules.traits.mentalAccounting;
  const window = new AfterAnchorWindow(
    gainSells.map((t) => t.time),
    rules.traits.overconfidence.postGainWindowDays,
  );
  const post = { buys: 0, risky: 0 };
  const other = { buys: 0, risky: 0 };
  for (const t of sortedTrades) {
    if (t.side !== 'buy' || t.time > asOf || t.riskLevel === undefined) continue;
    const bucket = window.contains(t.time) ? post : other;
    bucket.buys++;
    if (rules.metrics.highRiskLevels.includes(t.riskLevel)) bucket.risky++;
  }
  const postShare = post.buys > 0 ? post.risky / post.buys : 0;
  const otherShare = other.buys > 0 ? other.risky / other.buys : 0;
  const delta = postShare - otherShare;
  return {
    weight: r.weights.houseMoney,
    support: post.buys > 0 && other.buys > 0 ? supportFrom(post.buys, r.minGainSellsForFullSupport) : 0,
    score: 100 * unitScale(delta, r.houseMoneyDelta.lo, r.houseMoneyDelta.hi),
    evidence: makeEvidence(`盈利后买入高风险产品占比${Math.round(postShare * 100)}%，其他时候${Math.round(otherShare * 100)}%`, {
      postGainBuys: post.buys,
      postGainRiskyShare: round(postShare, 3),
      otherBuys: other.buys,
      otherRiskyShare: round(otherShare, 3),
    }),
  };
}

export function computeMentalAccounting(
  sortedTrades: readonly TradeInput[],
  cashFlows: readonly CashFlowInput[],
  asOf: number,
  rules: RuleSet,
): Trait {
  const gainSells = gainRealizingSells(sortedTrades, asOf);
  return combineComponents(
    'mental_accounting',
    [gainWithdrawalComponent(gainSells, cashFlows, asOf, rules), houseMoneyComponent(sortedTrades, gainSells, asOf, rules)],
    rules,
  );
}
