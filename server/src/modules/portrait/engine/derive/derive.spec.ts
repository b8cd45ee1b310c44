import type { ValuesLayer } from '../archetypes.js';
import { indexEvents } from '../event-index.js';
import type { PortraitInput } from '../inputs.js';
import { computeBehaviourMetrics } from '../metrics/compute-metrics.js';
import { daysAgo, makeEvent, makeFlow, makeHolding, makeInput, makeTrade, RULES } from '../testing/fixtures.js';
import { traitsWith } from '../testing/traits.js';
import { computePsychologyTraits } from '../traits/compute-traits.js';
import { recommendFormat } from './format.js';
import { recommendFraming } from './framing.js';
import { classifyLifecycle } from './lifecycle.js';
import { summarizeWhy } from './summary.js';
import { evaluateTriggers } from './triggers.js';
import { classifyValueGroup, engagementScore } from './value-group.js';

function metricsOf(input: PortraitInput) {
  return computeBehaviourMetrics(input, input.trades, indexEvents(input.events), RULES);
}

function valuesWithTop(top: ValuesLayer['top'], labelZh: string): ValuesLayer {
  return {
    weights: { security: 0, growth: 0, social: 0, legacy: 0, policy: 0, technical: 0, value: 0, learner: 0, [top]: 1 },
    ranked: [{ id: top, labelZh, weight: 1, evidence: { labelZh, values: {}, refs: [] } }],
    top,
    ruleVersion: 'test',
  };
}

describe('summarizeWhy', () => {
  it('should name the facts behind the archetype, its salient trait and the narrative', () => {
    const input = makeInput({
      holdings: [makeHolding({ productCategory: 'money', riskLevel: 'R1', marketValue: 600_000, costValue: 600_000, openedAt: daysAgo(300) })],
      trades: [makeTrade('s1', 60, 'sell', { realizedPnl: -800 }), makeTrade('s2', 30, 'sell', { realizedPnl: -600 })],
      cashFlows: [makeFlow('f1', 58, 'out', 10_000), makeFlow('f2', 28, 'out', 10_000)],
      events: [1, 2, 3].map((d) => makeEvent(`d${d}`, d, 'content_dwell', { contentId: `m${d}`, seconds: 100, topic: 'policy' })),
      questionnaire: { lossAversionLambda: 4, answers: {} },
    });
    const m = metricsOf(input);
    const traits = computePsychologyTraits(input, input.trades, m, RULES);
    const values = valuesWithTop('security', '稳健守护');
    const sentence = summarizeWhy(m, traits, values, recommendFraming(values, traits, RULES), RULES);
    expect(sentence).toBe('近90天2次在亏损后赎回、偏好政策类内容：稳健守护型，对损失敏感，宜用安全边际叙事');
  });

  it('should say data is thin and keep "派" archetype names as they are', () => {
    const m = metricsOf(makeInput());
    const sentence = summarizeWhy(m, traitsWith({}, 0), valuesWithTop('technical', '技术分析派'), 'data_evidence', RULES);
    expect(sentence).toBe('行为数据较少：技术分析派，宜用数据实证叙事');
  });
});

describe('recommendFraming', () => {
  it('should follow the archetype map', () => {
    expect(recommendFraming(valuesWithTop('growth', '进取增值'), traitsWith({ anxiety: 10 }), RULES)).toBe('excess_return');
    expect(recommendFraming(valuesWithTop('learner', '认知进阶'), traitsWith({ anxiety: 10 }), RULES)).toBe('learning_path');
  });

  it('should switch to the safety margin narrative for an anxious client', () => {
    expect(recommendFraming(valuesWithTop('growth', '进取增值'), traitsWith({ anxiety: 70 }), RULES)).toBe('safety_margin');
  });
});

describe('recommendFormat', () => {
  it('should pick short video, poster, deep report or article from the traits', () => {
    expect(recommendFormat(traitsWith({ instant_gratification: 65 }), RULES)).toBe('short_video');
    expect(recommendFormat(traitsWith({ instant_gratification: 50, social_proof: 70 }), RULES)).toBe('poster');
    expect(recommendFormat(traitsWith({ instant_gratification: 35 }), RULES)).toBe('deep_report');
    expect(recommendFormat(traitsWith({ instant_gratification: 50 }), RULES)).toBe('article');
  });

  it('should not read a format into an unbacked trait', () => {
    expect(recommendFormat(traitsWith({ instant_gratification: 20 }, 0), RULES)).toBe('article');
  });
});

describe('evaluateTriggers', () => {
  it('should suggest a defensive allocation when anxiety reaches the threshold', () => {
    expect(evaluateTriggers(traitsWith({ anxiety: 72 }), 'growing', RULES)).toEqual([
      { type: 'anxiety', suggestion: 'defensive_allocation', score: 72, reasonZh: '焦虑指数72，建议沟通防御性配置' },
    ]);
    expect(evaluateTriggers(traitsWith({ anxiety: 69.9 }), 'growing', RULES)).toEqual([]);
  });

  it('should raise a retention call for churn risk', () => {
    expect(evaluateTriggers(traitsWith({ anxiety: 0 }), 'churn_risk', RULES).map((t) => t.type)).toEqual(['churn_risk']);
  });
});

describe('classifyLifecycle', () => {
  const oldHolding = makeHolding({ openedAt: daysAgo(400) });
  const stage = (input: PortraitInput) => classifyLifecycle(input, metricsOf(input), RULES);

  it('should call a client with no money ever a prospect', () => {
    expect(stage(makeInput({ events: [makeEvent('l', 1, 'login')] }))).toBe('prospect');
  });

  it('should call a client whose first money arrived within 90 days new', () => {
    expect(stage(makeInput({ holdings: [makeHolding({ openedAt: daysAgo(30) })] }))).toBe('new');
  });

  it('should call a client back after a dormant gap reactivated', () => {
    expect(stage(makeInput({ holdings: [oldHolding], events: [makeEvent('l1', 100, 'login'), makeEvent('l2', 2, 'login')] }))).toBe('reactivated');
  });

  it('should flag dormancy and draining assets as churn risk', () => {
    expect(stage(makeInput({ holdings: [oldHolding], events: [makeEvent('l1', 70, 'login')] }))).toBe('churn_risk');
    const draining = makeInput({ holdings: [oldHolding], cashFlows: [makeFlow('f', 20, 'out', 50_000)], events: [makeEvent('l', 1, 'login')] });
    expect(stage(draining)).toBe('churn_risk');
  });

  it('should call a large net inflow a change of needs, and otherwise growing', () => {
    const inflow = makeInput({ holdings: [oldHolding], cashFlows: [makeFlow('f', 20, 'in', 30_000)], events: [makeEvent('l', 1, 'login')] });
    expect(stage(inflow)).toBe('changing');
    expect(stage(makeInput({ holdings: [oldHolding], events: [makeEvent('l', 1, 'login')] }))).toBe('growing');
  });
});

describe('value group', () => {
  const events = [
    ...[1, 2, 3, 4].map((d) => makeEvent(`l${d}`, d, 'login')),
    makeEvent('d1', 10, 'content_dwell', { seconds: 1800, topic: 'macro' }),
    makeEvent('w1', 3, 'watchlist_add', { code: 'A' }),
    makeEvent('w2', 4, 'watchlist_add', { code: 'B' }),
    ...[1, 2, 3, 4].map((d) => makeEvent(`q${d}`, d, 'quote_view', { code: 'A' })),
    ...[1, 2, 3].map((d) => makeEvent(`s${d}`, d, 'share', { channel: 'moments' })),
  ];

  it('should score engagement from logins, reading and interactions', () => {
    // logins 4/8 = 0.5; 30 min over 6 months = 5/20 = 0.25; (2 + 4) + 3/3 = 7/12 → mean 44.4
    expect(engagementScore(metricsOf(makeInput({ events })), RULES)).toBe(44.4);
  });

  it('should place clients in the AUM × engagement quadrants', () => {
    const rich = [makeHolding({ marketValue: 600_000 })];
    expect(classifyValueGroup(metricsOf(makeInput({ holdings: rich, events })), RULES).group).toBe('high_value');
    expect(classifyValueGroup(metricsOf(makeInput({ holdings: rich })), RULES).group).toBe('deepen');
    expect(classifyValueGroup(metricsOf(makeInput({ events })), RULES).group).toBe('potential');
    expect(classifyValueGroup(metricsOf(makeInput()), RULES).group).toBe('maintain');
  });
});
