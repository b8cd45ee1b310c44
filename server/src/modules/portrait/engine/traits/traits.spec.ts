import { indexEvents } from '../event-index.js';
import { computeLossExits } from '../metrics/loss-exits.js';
import { AS_OF, daysAgo, makeFlow, makeHolding, makeTrade, RULES } from '../testing/fixtures.js';
import { computeAnxiety } from './anxiety.js';
import { computeFramingSensitivity, framingGap } from './framing-sensitivity.js';
import { computeHerding } from './herding.js';
import { computeInstantGratification } from './instant-gratification.js';
import { computeLossAversion, countDisposition, dispositionEffect } from './loss-aversion.js';
import { computeMentalAccounting } from './mental-accounting.js';
import { computeOverconfidence } from './overconfidence.js';
import { computeSocialProof } from './social-proof.js';
import { combineComponents, type Trait } from './trait.js';

const noExits = computeLossExits([], [], indexEvents([]), AS_OF, RULES);

describe('combineComponents', () => {
  it('should fall back to the neutral score with zero confidence when no component has data', () => {
    const t = combineComponents('herding', [{ score: 90, weight: 1, support: 0, evidence: { labelZh: 'x', values: {}, refs: [] } }], RULES);
    expect(t).toMatchObject({ score: 50, confidence: 0, evidence: [], ruleVersion: RULES.version });
  });
});

describe('loss aversion', () => {
  it('should count Odean realized and paper gains/losses at each sell, skipping the sold product and later positions', () => {
    const holdings = [
      makeHolding({ productCode: 'A', marketValue: 80, costValue: 100, openedAt: daysAgo(200) }),
      makeHolding({ productCode: 'B', marketValue: 120, costValue: 100, openedAt: daysAgo(200) }),
      makeHolding({ productCode: 'C', marketValue: 50, costValue: 100, openedAt: daysAgo(5) }),
    ];
    const trades = [
      makeTrade('s1', 50, 'sell', { productCode: 'X', realizedPnl: 1000 }),
      makeTrade('s2', 30, 'sell', { productCode: 'Y', realizedPnl: 500 }),
      makeTrade('s3', 20, 'sell', { productCode: 'A', realizedPnl: -300 }),
    ];
    const c = countDisposition(trades, holdings, AS_OF);
    expect(c).toEqual({ realizedGains: 2, realizedLosses: 1, paperGains: 3, paperLosses: 2, sells: 3 });
    const de = dispositionEffect(c);
    expect(de?.pgr).toBeCloseTo(0.4, 10);
    expect(de?.plr).toBeCloseTo(1 / 3, 10);
  });

  it('should score a client who sells only winners and keeps losers, with λ at the reference', () => {
    const holdings = [
      makeHolding({ productCode: 'A', marketValue: 80, costValue: 100, openedAt: daysAgo(200) }),
      makeHolding({ productCode: 'B', marketValue: 70, costValue: 100, openedAt: daysAgo(200) }),
    ];
    const trades = [60, 50, 40, 30].map((ago, i) => makeTrade(`s${i}`, ago, 'sell', { productCode: `X${i}`, realizedPnl: 100 }));
    const t = computeLossAversion(trades, holdings, noExits, { lossAversionLambda: 2.25, answers: {} }, AS_OF, RULES);
    // disposition PGR 1 − PLR 0 → 100 (weight 0.4); λ = 2.25 → 50 (weight 0.3); no losing sells → no panic component
    expect(t.score).toBe(78.6);
    expect(t.confidence).toBe(0.7);
    expect(t.evidence).toHaveLength(2);
  });

  it('should score outflows after losses from the share of losing sells followed by an exit', () => {
    const trades = [makeTrade('s1', 40, 'sell', { realizedPnl: -100 }), makeTrade('s2', 20, 'sell', { realizedPnl: -100 })];
    const exits = computeLossExits(trades, [makeFlow('f1', 38, 'out', 9_000), makeFlow('f2', 18, 'out', 9_000)], indexEvents([]), AS_OF, RULES);
    const t = computeLossAversion(trades, [], exits, undefined, AS_OF, RULES);
    // exit share 1 → 100; 2 losing sells give full support (4 / 2); disposition has no paper positions → unsupported
    expect(t.score).toBe(100);
    expect(t.confidence).toBe(0.3);
  });
});

describe('overconfidence', () => {
  it('should combine the turnover percentile with buying soon after realized gains', () => {
    const trades = [
      makeTrade('s1', 50, 'sell', { realizedPnl: 1000 }),
      makeTrade('b1', 48, 'buy'),
      makeTrade('b2', 45, 'buy'),
      makeTrade('b3', 20, 'buy'),
    ];
    const activity = { tradeCount: 6, tradesPerMonth: 2, tradedAmount: 120_000, monthlyTurnover: 0.4 };
    const t = computeOverconfidence(trades, activity, AS_OF, RULES);
    // turnover 0.4 is the 80th percentile (weight 0.7, full support); 2 of 3 buys after a gain → 100 with support 1/3
    expect(t.score).toBe(82.5);
    expect(t.confidence).toBe(0.8);
  });

  it('should treat a funded account that never trades as evidence against overconfidence', () => {
    const t = computeOverconfidence([], { tradeCount: 0, tradesPerMonth: 0, tradedAmount: 0, monthlyTurnover: 0 }, AS_OF, RULES);
    expect(t.score).toBe(0);
    expect(t.confidence).toBe(0.35);
  });
});

describe('herding', () => {
  it('should map the hot-list share of buys onto 0–100', () => {
    const buys = [true, false, false, false].map((hot, i) => makeTrade(`b${i}`, 10 + i, 'buy', { isHotListName: hot }));
    const t = computeHerding([...buys, makeTrade('s', 5, 'sell', { isHotListName: true })], AS_OF, RULES);
    // 1 of 4 buys hot = 0.25 → (0.25 − 0.1) / 0.5 = 30; 4 of 5 buys needed → confidence 0.8
    expect(t.score).toBe(30);
    expect(t.confidence).toBe(0.8);
  });
});

describe('mental accounting', () => {
  it('should combine gain withdrawals with house-money risk taking', () => {
    const trades = [
      makeTrade('b5', 70, 'buy', { riskLevel: 'R1' }),
      makeTrade('g1', 60, 'sell', { realizedPnl: 1000 }),
      makeTrade('b1', 58, 'buy', { riskLevel: 'R5' }),
      makeTrade('g2', 40, 'sell', { realizedPnl: 500 }),
      makeTrade('b2', 38, 'buy', { riskLevel: 'R2' }),
      makeTrade('b3', 25, 'buy', { riskLevel: 'R2' }),
      makeTrade('g3', 20, 'sell', { realizedPnl: 200 }),
      makeTrade('b4', 5, 'buy', { riskLevel: 'R4' }),
    ];
    const flows = [makeFlow('f1', 55, 'out', 1000), makeFlow('f2', 10, 'out', 200)];
    const t = computeMentalAccounting(trades, flows, AS_OF, RULES);
    // withdrawals after g1 and g3 (2 of 3) → 100; risky share after gains 1/2 vs 1/3 otherwise → 77.8 with support 2/3
    expect(t.score).toBe(91.1);
    expect(t.confidence).toBe(0.833);
  });
});

describe('framing sensitivity', () => {
  it('should score the reading gap between loss- and gain-framed versions', () => {
    const response = { gain: { opens: 3, meanDwellSeconds: 30 }, loss: { opens: 3, meanDwellSeconds: 90 } };
    expect(framingGap(response)).toEqual({ gap: 0.5, favoured: 'loss' });
    expect(computeFramingSensitivity(response, RULES)).toMatchObject({ score: 100, confidence: 1 });
  });

  it('should score an indifferent reader at 0', () => {
    const response = { gain: { opens: 3, meanDwellSeconds: 50 }, loss: { opens: 6, meanDwellSeconds: 50 } };
    expect(computeFramingSensitivity(response, RULES)).toMatchObject({ score: 0, confidence: 1 });
  });
});

describe('instant gratification', () => {
  it('should combine fragmentation with the short-video share of finished items', () => {
    const t = computeInstantGratification(
      { sessions: 8, shortSessions: 4, index: 0.5 },
      { shortVideoSessions: 5, shortVideoCompleted: 3, deepReportSessions: 2, deepReportCompleted: 1 },
      RULES,
    );
    // fragmentation 0.5 → 50 (weight 0.6); 3 of 4 finished are videos → 75 (weight 0.4)
    expect(t).toMatchObject({ score: 60, confidence: 1 });
  });
});

describe('social proof', () => {
  it('should combine share/post activity with shares per item read', () => {
    const t = computeSocialProof({ shares: 6, communityPosts: 6, contentOpens: 60 }, RULES);
    // 4 actions a month → 100 (weight 0.6); 0.1 shares per open → 25 (weight 0.4)
    expect(t).toMatchObject({ score: 70, confidence: 1 });
  });
});

describe('anxiety index', () => {
  const lossAverse: Trait = { id: 'loss_aversion', labelZh: '损失厌恶', score: 80, confidence: 1, evidence: [], ruleVersion: 'v' };
  const checking = { logins: 60, quoteViews: 30, checksPerDay: 3 };
  const chat = { messages: 10, negativeMessages: 3 };

  it('should multiply loss aversion, drawdown, checking and negative wording', () => {
    const drawdown = { drawdown: 0.1, marketValue: 90, costValue: 100, losingPositions: 1 };
    const t = computeAnxiety(lossAverse, drawdown, checking, chat, RULES);
    // 0.8^0.3 × 0.5^0.3 × (0.2 + 0.8·0.5)^0.2 × 1^0.2
    expect(t.score).toBe(68.6);
    expect(t.confidence).toBe(1);
  });

  it('should be zero for a client who is not under water', () => {
    const drawdown = { drawdown: 0, marketValue: 110, costValue: 100, losingPositions: 0 };
    expect(computeAnxiety(lossAverse, drawdown, checking, chat, RULES).score).toBe(0);
  });
});
