import { DEFAULT_RULES } from '../default-rules.js';
import type {
  CashFlowInput,
  EventInput,
  EventPropertyValue,
  HoldingInput,
  PortraitInput,
  TradeInput,
} from '../inputs.js';
import { DAY_MS } from '../numeric.js';
import type { RuleSet } from '../rules.js';

/** Hand-made inputs for the engine's unit tests: each test states only what it is about. */
export const AS_OF = Date.UTC(2026, 10, 1);
export const RULES: RuleSet = DEFAULT_RULES;

export function daysAgo(days: number): number {
  return AS_OF - days * DAY_MS;
}

export function makeHolding(overrides: Partial<HoldingInput> = {}): HoldingInput {
  return {
    productCode: 'P1',
    productCategory: 'fund_equity',
    riskLevel: 'R3',
    marketValue: 100_000,
    costValue: 100_000,
    openedAt: daysAgo(100),
    ...overrides,
  };
}

export function makeTrade(id: string, ago: number, side: 'buy' | 'sell', overrides: Partial<TradeInput> = {}): TradeInput {
  return { id, time: daysAgo(ago), side, productCode: 'P1', amount: 10_000, isHotListName: false, ...overrides };
}

export function makeFlow(id: string, ago: number, direction: 'in' | 'out', amount: number): CashFlowInput {
  return { id, time: daysAgo(ago), direction, amount };
}

export function makeEvent(id: string, ago: number, name: string, properties: Record<string, EventPropertyValue> = {}): EventInput {
  return { id, time: daysAgo(ago), name, properties };
}

export function makeInput(overrides: Partial<PortraitInput> = {}): PortraitInput {
  return { clientId: 'c1', asOf: AS_OF, holdings: [], trades: [], cashFlows: [], events: [], ...overrides };
}

/** RuleSet copy with a few fields replaced, for tests about a single parameter. */
export function rulesWith(patch: (rules: RuleSet) => RuleSet): RuleSet {
  return patch(structuredClone(DEFAULT_RULES));
}
