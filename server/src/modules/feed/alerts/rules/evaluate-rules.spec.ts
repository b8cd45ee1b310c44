import { defaultParams, validateParams } from '../alert-rule-definitions.js';
import type { ClientAlertFacts } from './alert-facts.js';
import { evaluateAnxiety, evaluateChurnRisk, evaluateCognitiveShift, evaluateHighIntent } from './evaluate-rules.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const DAY = 86_400_000;

function facts(overrides: Partial<ClientAlertFacts> = {}): ClientAlertFacts {
  return {
    clientId: 1,
    productViews: new Map(),
    purchasedCodes: new Set(),
    productReads: [],
    cashIn: 0,
    cashOut: 0,
    cashFlowRefs: [],
    drawdownPct: null,
    lastActivityAt: NOW,
    complaintRefs: [],
    deletedStaffIds: [],
    portrait: null,
    snapshots: [],
    ...overrides,
  };
}

describe('high intent', () => {
  const params = defaultParams('high_intent');

  it('should fire after N views of a product the client has not bought', () => {
    const finding = evaluateHighIntent(facts({ productViews: new Map([['600519', ['e1', 'e2', 'e3']]]) }), params);
    expect(finding?.evidence.numbers).toMatchObject({ productCode: '600519', productViews: 3 });
    expect(finding?.evidence.refs).toEqual(['event:e1', 'event:e2', 'event:e3']);
  });

  it('should stay quiet below N views or once the product was bought', () => {
    expect(evaluateHighIntent(facts({ productViews: new Map([['600519', ['e1', 'e2']]]) }), params)).toBeNull();
    expect(evaluateHighIntent(facts({ productViews: new Map([['600519', ['e1', 'e2', 'e3']]]), purchasedCodes: new Set(['600519']) }), params)).toBeNull();
  });

  it('should fire on a long read of product material', () => {
    const read = { token: 'tok', title: '白酒行业深度', dwellMs: 180_000, productCodes: ['600519'], lastSeenAt: NOW };
    const finding = evaluateHighIntent(facts({ productReads: [read] }), params);
    expect(finding?.evidence.summaryZh).toBe('阅读产品资料《白酒行业深度》3分0秒');
    expect(evaluateHighIntent(facts({ productReads: [{ ...read, dwellMs: 119_000 }] }), params)).toBeNull();
  });
});

describe('churn risk', () => {
  const params = defaultParams('churn_risk');

  it('should list every reason with its numbers', () => {
    const finding = evaluateChurnRisk(
      facts({ cashOut: 300_000, cashIn: 50_000, cashFlowRefs: ['cf1'], drawdownPct: 25, lastActivityAt: new Date(NOW.getTime() - 40 * DAY), complaintRefs: ['c1'] }),
      params,
      NOW,
    );
    expect(finding?.evidence.summaryZh).toBe('30天净流出25万元；持仓回撤25.0%；已40天没有任何活动；30天内投诉1次');
    expect(finding?.onlyStaffIds).toBeUndefined();
  });

  it('should address a deletion to the deleted advisor only', () => {
    const finding = evaluateChurnRisk(facts({ deletedStaffIds: [9] }), params, NOW);
    expect(finding?.onlyStaffIds).toEqual([9]);
  });

  it('should not treat a client without any known activity as inactive', () => {
    expect(evaluateChurnRisk(facts({ lastActivityAt: null }), params, NOW)).toBeNull();
  });
});

describe('anxiety', () => {
  const params = defaultParams('anxiety');

  it('should suggest a defensive allocation for a loss-averse client in drawdown', () => {
    const finding = evaluateAnxiety(facts({ drawdownPct: 15, portrait: { anxiety: 80, lossAversion: 75 } }), params);
    expect(finding?.suggestionZh).toContain('防御性配置');
    expect(finding?.scriptHint.framing).toBe('safety_margin');
  });

  it('should not fire without drawdown or without loss aversion', () => {
    expect(evaluateAnxiety(facts({ drawdownPct: 5, portrait: { anxiety: 80, lossAversion: 75 } }), params)).toBeNull();
    expect(evaluateAnxiety(facts({ drawdownPct: 15, portrait: { anxiety: 80, lossAversion: 40 } }), params)).toBeNull();
  });
});

describe('cognitive shift', () => {
  it('should fire when the top archetype changed between the last two monthly snapshots', () => {
    const finding = evaluateCognitiveShift(
      facts({ snapshots: [{ month: '2026-11', topArchetype: 'value', topWeight: 0.4 }, { month: '2026-10', topArchetype: 'technical', topWeight: 0.5 }] }),
      defaultParams('cognitive_shift'),
    );
    expect(finding?.evidence.summaryZh).toBe('主导价值观由「技术分析派」（2026-10）转为「价值投资派」（2026-11）');
    expect(evaluateCognitiveShift(facts({ snapshots: [{ month: '2026-11', topArchetype: 'value', topWeight: 0.4 }] }), defaultParams('cognitive_shift'))).toBeNull();
  });
});

describe('validateParams', () => {
  it('should reject unknown names and out-of-range values', () => {
    expect(validateParams('high_intent', { productViews: 5 })).toEqual({ ok: true, params: { windowDays: 7, productViews: 5, longDwellSeconds: 120 } });
    expect(validateParams('high_intent', { bogus: 1 }).ok).toBe(false);
    expect(validateParams('high_intent', { productViews: 0 }).ok).toBe(false);
    expect(validateParams('high_intent', { productViews: '3' }).ok).toBe(false);
  });
});
