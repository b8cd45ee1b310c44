import type { ProductCategory } from '../../modules/portrait/engine/inputs.js';
import type { BehaviourProfile } from './profiles.js';
import type { Rng } from './prng.js';
import type { CashFlowRow, EventRow, HoldingRow, ProductRow, TradeRow } from './types.js';

const DAY = 86_400_000;
const MAX_HOLDING_DAYS = 5 * 365;

export interface PortfolioContext {
  clientId: string;
  asOf: number;
  startAt: number;
  months: number;
  /** Multiplier on trading (sparse clients trade less). */
  tradeScale: number;
  byCategory: Readonly<Record<ProductCategory, readonly ProductRow[]>>;
  hotEquity: readonly ProductRow[];
}

export interface PortfolioRows {
  aum: number;
  holdings: HoldingRow[];
  trades: TradeRow[];
  cashFlows: CashFlowRow[];
  /** purchase/redemption app events mirroring fund trades. */
  events: EventRow[];
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function pickProduct(rng: Rng, ctx: PortfolioContext, category: ProductCategory): ProductRow {
  const list = ctx.byCategory[category];
  return list.length > 0 ? rng.pick(list) : rng.pick(ctx.byCategory.money);
}

function generateHoldings(rng: Rng, p: BehaviourProfile, ctx: PortfolioContext, aum: number): HoldingRow[] {
  const count = Math.max(1, Math.min(12, rng.poisson(p.positions)));
  const weights = Array.from({ length: count }, () => rng.uniform(0.3, 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const seen = new Set<string>();
  const holdings: HoldingRow[] = [];
  weights.forEach((w) => {
    const product = pickProduct(rng, ctx, rng.weighted(p.categoryMix));
    if (seen.has(product.code)) return;
    seen.add(product.code);
    const marketValue = round2((aum * w) / total);
    // Money funds and bonds barely move; everything else carries a gain or a loss.
    const volatile = product.category !== 'money' && product.category !== 'bond';
    const r = !volatile ? rng.uniform(0, 0.03) : rng.chance(p.heldLoserShare) ? -rng.uniform(0.03, 0.3) : rng.uniform(0.02, 0.4);
    const ageDays = Math.min(MAX_HOLDING_DAYS, -Math.log(1 - rng.next()) * p.holdingDaysMean + 1);
    holdings.push({
      clientId: ctx.clientId,
      productCode: product.code,
      productCategory: product.category,
      riskLevel: product.riskLevel,
      marketValue,
      costValue: round2(marketValue / (1 + r)),
      openedAt: Math.round(ctx.asOf - ageDays * DAY),
    });
  });
  return holdings;
}

/**
 * Holdings, a trade history with the profile's disposition, panic exits, gain withdrawals and post-gain risk taking,
 * and cash flows — internally consistent enough for the engine's measures (sells follow buys, exits follow losses).
 */
export function generatePortfolio(rng: Rng, p: BehaviourProfile, ctx: PortfolioContext): PortfolioRows {
  const aum = rng.logNormal(p.aumMedian, 0.8);
  const holdings = generateHoldings(rng, p, ctx, aum);
  const trades: TradeRow[] = [];
  const cashFlows: CashFlowRow[] = [];
  const events: EventRow[] = [];
  const span = ctx.asOf - ctx.startAt;
  let seq = 0;
  const nextId = (kind: string): string => `${ctx.clientId}-${kind}${++seq}`;
  const flow = (time: number, direction: 'in' | 'out', amount: number): void => {
    if (time <= ctx.asOf) cashFlows.push({ id: nextId('f'), clientId: ctx.clientId, time: Math.round(time), direction, amount: round2(amount) });
  };
  const trade = (time: number, side: 'buy' | 'sell', product: ProductRow, amount: number, hot: boolean, realizedPnl?: number): void => {
    if (time > ctx.asOf) return;
    const row: TradeRow = {
      id: nextId('t'),
      clientId: ctx.clientId,
      time: Math.round(time),
      side,
      productCode: product.code,
      riskLevel: product.riskLevel,
      amount: round2(amount),
      isHotListName: hot,
    };
    if (realizedPnl !== undefined) row.realizedPnl = round2(realizedPnl);
    trades.push(row);
    if (product.category.startsWith('fund') || product.category === 'money' || product.category === 'wealth') {
      events.push({ id: nextId('e'), clientId: ctx.clientId, time: row.time, name: side === 'buy' ? 'purchase' : 'redemption', properties: { productCode: product.code, amount: row.amount } });
    }
  };
  const recentBuys: ProductRow[] = [];
  const buy = (time: number, riskyOnly: boolean): void => {
    const hot = rng.chance(p.hotBuyShare) && ctx.hotEquity.length > 0;
    let product = hot ? rng.pick(ctx.hotEquity) : pickProduct(rng, ctx, rng.weighted(p.categoryMix));
    if (riskyOnly && product.riskLevel !== 'R4' && product.riskLevel !== 'R5') product = pickProduct(rng, ctx, 'stock');
    trade(time, 'buy', product, aum * p.tradeSize * rng.logNormal(1, 0.4), hot || product.isHot);
    recentBuys.push(product);
  };

  const tradeCount = rng.poisson(p.tradesPerMonth * ctx.months * ctx.tradeScale);
  const times = Array.from({ length: tradeCount }, () => ctx.startAt + rng.next() * span).sort((a, b) => a - b);
  for (const t of times) {
    if (recentBuys.length === 0 || rng.chance(0.5)) {
      buy(t, false);
      continue;
    }
    // Sell the latest buy most of the time (a round trip), otherwise something older.
    const product = rng.chance(0.6) ? (recentBuys.pop() ?? rng.pick(recentBuys)) : rng.pick(recentBuys);
    const amount = aum * p.tradeSize * rng.logNormal(1, 0.4);
    const winner = rng.chance(p.sellWinnerShare);
    const pnl = winner ? amount * rng.uniform(0.03, 0.3) : -amount * rng.uniform(0.03, 0.25);
    trade(t, 'sell', product, amount, false, pnl);
    if (!winner && rng.chance(p.lossExitRate)) flow(t + rng.uniform(0.2, 7) * DAY, 'out', amount * rng.uniform(0.5, 1));
    if (winner && rng.chance(p.gainWithdrawRate)) flow(t + rng.uniform(0.5, 10) * DAY, 'out', pnl * rng.uniform(0.8, 1.2));
    if (winner && rng.chance(p.postGainBuyRate)) buy(t + rng.uniform(0.5, 8) * DAY, true);
  }
  trades.sort((a, b) => a.time - b.time);

  // Ordinary deposits and withdrawals unrelated to trading outcomes.
  const routine = rng.poisson(0.5 * ctx.months);
  for (let i = 0; i < routine; i++) flow(ctx.startAt + rng.next() * span, rng.chance(0.6) ? 'in' : 'out', aum * rng.uniform(0.02, 0.1));
  cashFlows.sort((a, b) => a.time - b.time);
  return { aum, holdings, trades, cashFlows, events };
}
