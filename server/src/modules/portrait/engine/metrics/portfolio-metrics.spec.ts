import { makeFlow, makeHolding, makeTrade, RULES, AS_OF, daysAgo } from '../testing/fixtures.js';
import { computeAllocation } from './allocation.js';
import { computeAum } from './aum.js';
import { computeConcentration } from './concentration.js';
import { computeDrawdown } from './drawdown.js';
import { computeNetFlows } from './flows.js';
import { computeHoldingPeriod } from './holding-period.js';
import { computeTradeActivity } from './trading.js';

describe('computeAum', () => {
  it('should sum market values and pick the highest band reached', () => {
    const m = computeAum([makeHolding({ marketValue: 300_000 }), makeHolding({ productCode: 'P2', marketValue: 250_000 })], RULES);
    expect(m.value).toEqual({ aum: 550_000, bandId: '500k_3m', bandLabelZh: '50万-300万' });
    expect(m.evidence.refs).toEqual(['P1', 'P2']);
  });

  it('should put an empty account in the lowest band', () => {
    expect(computeAum([], RULES).value).toEqual({ aum: 0, bandId: 'under_100k', bandLabelZh: '10万以下' });
  });
});

describe('computeNetFlows', () => {
  it('should net inflows and outflows per window and ignore flows outside 90 days or after asOf', () => {
    const flows = [
      makeFlow('f1', 10, 'in', 50_000),
      makeFlow('f2', 20, 'out', 20_000),
      makeFlow('f3', 60, 'out', 10_000),
      makeFlow('f4', 120, 'in', 999_999),
      { id: 'f5', time: AS_OF + 1, direction: 'in' as const, amount: 1 },
    ];
    const m = computeNetFlows(flows, AS_OF, RULES);
    expect(m.value).toEqual({ netShort: 30_000, netLong: 20_000, inflowLong: 50_000, outflowLong: 30_000 });
    expect(m.evidence.refs).toEqual(['f1', 'f2', 'f3']);
  });
});

describe('computeTradeActivity', () => {
  it('should count trades per 30-day month and turnover as monthly traded amount over AUM', () => {
    const trades = [makeTrade('t1', 5, 'buy', { amount: 30_000 }), makeTrade('t2', 40, 'sell', { amount: 30_000 }), makeTrade('t3', 100, 'buy')];
    const m = computeTradeActivity(trades, 100_000, AS_OF, RULES);
    expect(m.value.tradeCount).toBe(2);
    expect(m.value.tradesPerMonth).toBeCloseTo(2 / 3, 10);
    expect(m.value.tradedAmount).toBe(60_000);
    expect(m.value.monthlyTurnover).toBeCloseTo(0.2, 10);
  });

  it('should report no turnover without AUM', () => {
    expect(computeTradeActivity([makeTrade('t1', 5, 'buy')], 0, AS_OF, RULES).value.monthlyTurnover).toBeNull();
  });
});

describe('computeHoldingPeriod', () => {
  it('should take the median over FIFO round trips and open holdings', () => {
    const trades = [
      makeTrade('b1', 100, 'buy', { productCode: 'A' }),
      makeTrade('b2', 80, 'buy', { productCode: 'A' }),
      makeTrade('s1', 70, 'sell', { productCode: 'A' }), // closes b1: 30 days
      makeTrade('s2', 60, 'sell', { productCode: 'A' }), // closes b2: 20 days
    ];
    const holdings = [makeHolding({ productCode: 'B', openedAt: daysAgo(200) })]; // open: 200 days
    const m = computeHoldingPeriod(trades, holdings, AS_OF, RULES);
    expect(m.value).toEqual({ medianDays: 30, closedPositions: 2, openPositions: 1 });
    expect(m.evidence.refs).toEqual(['s1', 's2']);
  });

  it('should age a sell without a buy in the feed from the holding opening date', () => {
    const trades = [makeTrade('s1', 10, 'sell', { productCode: 'A' })];
    const holdings = [makeHolding({ productCode: 'A', openedAt: daysAgo(50) })];
    // round trip 40 days, open holding 50 days → median 45
    expect(computeHoldingPeriod(trades, holdings, AS_OF, RULES).value.medianDays).toBe(45);
  });

  it('should return null without any position', () => {
    expect(computeHoldingPeriod([], [], AS_OF, RULES).value.medianDays).toBeNull();
  });
});

describe('computeConcentration', () => {
  it('should compute the HHI of position weights', () => {
    const holdings = [makeHolding({ productCode: 'A', marketValue: 60 }), makeHolding({ productCode: 'B', marketValue: 40 })];
    const m = computeConcentration(holdings, RULES);
    expect(m.value.hhi).toBeCloseTo(0.36 + 0.16, 10);
    expect(m.value.largestWeight).toBeCloseTo(0.6, 10);
    expect(m.value.positions).toBe(2);
    expect(m.evidence.refs).toEqual(['A']);
  });

  it('should be null without positions', () => {
    expect(computeConcentration([], RULES).value.hhi).toBeNull();
  });
});

describe('computeDrawdown', () => {
  it('should measure how far the book sits below its cost', () => {
    const holdings = [
      makeHolding({ productCode: 'A', costValue: 100_000, marketValue: 70_000 }),
      makeHolding({ productCode: 'B', costValue: 100_000, marketValue: 110_000 }),
    ];
    const m = computeDrawdown(holdings, RULES);
    expect(m.value.drawdown).toBeCloseTo(0.1, 10);
    expect(m.value.losingPositions).toBe(1);
    expect(m.evidence.refs).toEqual(['A']);
  });

  it('should be zero when the book is above cost', () => {
    expect(computeDrawdown([makeHolding({ costValue: 100, marketValue: 120 })], RULES).value.drawdown).toBe(0);
  });
});

describe('computeAllocation', () => {
  it('should split AUM by category and by risk level', () => {
    const holdings = [
      makeHolding({ productCode: 'S', productCategory: 'stock', riskLevel: 'R4', marketValue: 50 }),
      makeHolding({ productCode: 'W', productCategory: 'wealth', riskLevel: 'R2', marketValue: 30 }),
      makeHolding({ productCode: 'M', productCategory: 'money', riskLevel: 'R1', marketValue: 20 }),
    ];
    const v = computeAllocation(holdings, RULES).value;
    expect(v.equityShare).toBeCloseTo(0.5, 10);
    expect(v.wealthShare).toBeCloseTo(0.3, 10);
    expect(v.highRiskShare).toBeCloseTo(0.5, 10);
    expect(v.lowRiskShare).toBeCloseTo(0.5, 10);
    expect(v.shareByCategory.money).toBeCloseTo(0.2, 10);
  });
});
