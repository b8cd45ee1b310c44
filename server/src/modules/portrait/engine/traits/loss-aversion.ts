import { makeEvidence, type Metric } from '../evidence.js';
import type { HoldingInput, QuestionnaireInput, TradeInput } from '../inputs.js';
import type { LossExitsValue } from '../metrics/loss-exits.js';
import { round, unitScale } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { combineComponents, supportFrom, type Trait, type TraitComponent } from './trait.js';

export interface DispositionCounts {
  realizedGains: number;
  realizedLosses: number;
  paperGains: number;
  paperLosses: number;
  sells: number;
}

/**
 * Odean (1998) disposition effect: at each sell, the sold position is a realized gain/loss and every other position
 * held at that moment is a paper gain/loss. The feed has no price history, so a position's current sign (market vs
 * cost) stands in for its sign at the sell date; positions opened after the sell are not counted.
 */
export function countDisposition(sortedTrades: readonly TradeInput[], holdings: readonly HoldingInput[], asOf: number): DispositionCounts {
  const c: DispositionCounts = { realizedGains: 0, realizedLosses: 0, paperGains: 0, paperLosses: 0, sells: 0 };
  for (const t of sortedTrades) {
    if (t.side !== 'sell' || t.time > asOf || t.realizedPnl === undefined || t.realizedPnl === 0) continue;
    c.sells++;
    if (t.realizedPnl > 0) c.realizedGains++;
    else c.realizedLosses++;
    for (const h of holdings) {
      if (h.productCode === t.productCode || h.openedAt >= t.time) continue;
      if (h.marketValue > h.costValue) c.paperGains++;
      else if (h.marketValue < h.costValue) c.paperLosses++;
    }
  }
  return c;
}

/** PGR − PLR in [−1, 1]; null when either ratio is undefined. */
export function dispositionEffect(c: DispositionCounts): { pgr: number; plr: number; effect: number } | null {
  const gainBase = c.realizedGains + c.paperGains;
  const lossBase = c.realizedLosses + c.paperLosses;
  if (gainBase === 0 || lossBase === 0) return null;
  const pgr = c.realizedGains / gainBase;
  const plr = c.realizedLosses / lossBase;
  return { pgr, plr, effect: pgr - plr };
}

function dispositionComponent(c: DispositionCounts, rules: RuleSet): TraitComponent {
  const r = rules.traits.lossAversion;
  const de = dispositionEffect(c);
  return {
    weight: r.weights.disposition,
    support: de === null ? 0 : supportFrom(c.sells, r.minSellsForFullSupport),
    score: de === null ? rules.traits.neutralScore : 50 + 50 * de.effect,
    evidence: makeEvidence(
      de === null ? '处置效应：卖出样本不足' : `处置效应：盈利实现比例${round(de.pgr * 100, 0)}%，亏损实现比例${round(de.plr * 100, 0)}%`,
      { ...c, pgr: de ? round(de.pgr, 3) : null, plr: de ? round(de.plr, 3) : null, effect: de ? round(de.effect, 3) : null },
    ),
  };
}

/** Outflows after losses, from the layer-1 loss-exit metric. */
function panicExitComponent(exits: Metric<LossExitsValue>, rules: RuleSet): TraitComponent {
  const r = rules.traits.lossAversion;
  return {
    weight: r.weights.panicExit,
    support: supportFrom(exits.value.losingSells, r.minSellsForFullSupport / 2),
    score: 100 * unitScale(exits.value.exitShare, r.panicExitShare.lo, r.panicExitShare.hi),
    evidence: exits.evidence,
  };
}

/** λ mapped so the Tversky–Kahneman reference scores 50, λ = 1 (no loss aversion) scores 0. */
function questionnaireComponent(questionnaire: QuestionnaireInput | undefined, rules: RuleSet): TraitComponent {
  const r = rules.traits.lossAversion;
  const lambda = questionnaire?.lossAversionLambda;
  const known = lambda !== undefined && Number.isFinite(lambda);
  return {
    weight: r.weights.questionnaire,
    support: known ? 1 : 0,
    score: known ? 100 * unitScale(lambda, 1, 2 * r.referenceLambda - 1) : rules.traits.neutralScore,
    evidence: makeEvidence(known ? `问卷损失厌恶系数λ=${lambda}（参考值${r.referenceLambda}）` : '无问卷λ', {
      lambda: known ? lambda : null,
      referenceLambda: r.referenceLambda,
    }),
  };
}

export function computeLossAversion(
  sortedTrades: readonly TradeInput[],
  holdings: readonly HoldingInput[],
  lossExits: Metric<LossExitsValue>,
  questionnaire: QuestionnaireInput | undefined,
  asOf: number,
  rules: RuleSet,
): Trait {
  return combineComponents(
    'loss_aversion',
    [
      dispositionComponent(countDisposition(sortedTrades, holdings, asOf), rules),
      panicExitComponent(lossExits, rules),
      questionnaireComponent(questionnaire, rules),
    ],
    rules,
  );
}
