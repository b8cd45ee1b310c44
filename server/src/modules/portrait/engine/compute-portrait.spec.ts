import { computePortrait } from './compute-portrait.js';
import { daysAgo, makeEvent, makeFlow, makeHolding, makeInput, makeTrade, RULES, rulesWith } from './testing/fixtures.js';

function technicalTrader() {
  const trades = Array.from({ length: 30 }, (_, i) =>
    makeTrade(`t${i}`, 2 + i * 2, i % 2 === 0 ? 'sell' : 'buy', { productCode: `S${i % 3}`, amount: 40_000, realizedPnl: i % 2 === 0 ? (i % 4 === 0 ? 500 : -400) : undefined }),
  );
  const events = [
    ...Array.from({ length: 40 }, (_, i) => makeEvent(`q${i}`, 1 + (i % 60), 'quote_view', { code: '600519' })),
    ...Array.from({ length: 12 }, (_, i) => makeEvent(`d${i}`, 1 + i * 5, 'content_dwell', { contentId: `m${i}`, seconds: 90, topic: 'technical' })),
    ...Array.from({ length: 10 }, (_, i) => makeEvent(`l${i}`, 1 + i * 3, 'login')),
  ];
  return makeInput({
    holdings: [makeHolding({ productCode: 'S0', productCategory: 'stock', riskLevel: 'R5', marketValue: 200_000, costValue: 180_000, openedAt: daysAgo(10) })],
    trades,
    cashFlows: [makeFlow('f1', 100, 'in', 200_000)],
    events,
  });
}

describe('computePortrait', () => {
  it('should read a frequent trader of quotes and technical content as technical', () => {
    const p = computePortrait(technicalTrader(), RULES);
    expect(p.values.top).toBe('technical');
    expect(p.framing).toBe('data_evidence');
    expect(p.ruleVersion).toBe(RULES.version);
    expect(p.psychology.overconfidence.ruleVersion).toBe(RULES.version);
    expect(p.summaryZh).toMatch(/技术分析派/);
  });

  it('should be deterministic and independent of trade order', () => {
    const input = technicalTrader();
    const shuffled = { ...input, trades: [...input.trades].reverse() };
    expect(computePortrait(shuffled, RULES)).toEqual(computePortrait(input, RULES));
  });

  it('should cap evidence ids at the RuleSet limit', () => {
    const rules = rulesWith((r) => ({ ...r, evidenceRefCap: 3 }));
    const p = computePortrait(technicalTrader(), rules);
    // Trades are read oldest first.
    expect(p.behaviour.tradeActivity.evidence.refs).toEqual(['t29', 't28', 't27']);
    expect(p.behaviour.quoteViews.evidence.refs).toHaveLength(3);
  });

  it('should include the trajectory only when monthly history is given', () => {
    expect(computePortrait(makeInput(), RULES).trajectory).toBeNull();
    const w = { security: 0, growth: 0, social: 0, legacy: 0, policy: 0, technical: 1, value: 0, learner: 0 };
    const p = computePortrait(makeInput({ archetypeHistory: [{ month: '2026-09', weights: w }, { month: '2026-10', weights: w }] }), RULES);
    expect(p.trajectory).toEqual({ shifts: [], textZh: '' });
  });

  it('should give an empty client a neutral, low-confidence portrait rather than fail', () => {
    const p = computePortrait(makeInput(), RULES);
    expect(p.lifecycle).toBe('prospect');
    expect(p.psychology.loss_aversion).toMatchObject({ score: 50, confidence: 0 });
    expect(p.summaryZh.startsWith('行为数据较少')).toBe(true);
    expect(p.triggers).toEqual([]);
  });
});
