import type { Archetype, ProductRiskLevel } from '@valuelens/contracts';
import type {
  ArchetypeSnapshot,
  CashFlowInput,
  EventInput,
  HoldingInput,
  PortraitInput,
  ProductCategory,
  QuestionnaireInput,
  TradeInput,
} from '../engine/inputs.js';
import type { SnapshotPoint } from '../view/portrait-view.js';
import { ageFromBand } from './age-band.js';
import { bool, jsonValue, nullableNum, num } from '../../../database/sql-values.js';

export type Row = Record<string, unknown>;

/** The rows one batch read from each source table; plain data, so it can be handed to a worker thread as is. */
export interface RawInputRows {
  asOf: number;
  clients: Row[];
  holdings: Row[];
  trades: Row[];
  flows: Row[];
  events: Row[];
  questionnaires: Row[];
  contacts: Row[];
  snapshots: Row[];
}

export interface LoadedInputs {
  inputs: PortraitInput[];
  /** Each client's stored monthly snapshots, oldest first. */
  snapshots: Map<number, SnapshotPoint[]>;
}

interface Bucket {
  input: PortraitInput & { holdings: HoldingInput[]; trades: TradeInput[]; cashFlows: CashFlowInput[]; events: EventInput[] };
  history: ArchetypeSnapshot[];
  questionnaireAt: number;
}

function toHolding(r: Row): HoldingInput {
  return {
    productCode: String(r.product_code),
    productCategory: String(r.category) as ProductCategory,
    riskLevel: String(r.risk_level) as ProductRiskLevel,
    marketValue: num(r.market_value),
    costValue: num(r.cost_value),
    openedAt: num(r.at),
  };
}

function toTrade(r: Row): TradeInput {
  const trade: TradeInput = {
    id: String(r.id),
    time: num(r.at),
    side: r.side === 'sell' ? 'sell' : 'buy',
    productCode: String(r.product_code),
    amount: num(r.amount),
    isHotListName: bool(r.is_hot),
  };
  const pnl = nullableNum(r.realized_pnl);
  if (pnl !== undefined) trade.realizedPnl = pnl;
  if (r.risk_level) trade.riskLevel = String(r.risk_level) as ProductRiskLevel;
  return trade;
}

/** Groups a batch's rows by client into engine inputs (the latest questionnaire wins; snapshots arrive oldest first). */
export function assembleInputs(raw: RawInputRows): LoadedInputs {
  const buckets = new Map<number, Bucket>();
  for (const c of raw.clients) {
    const id = num(c.client_id);
    buckets.set(id, {
      input: {
        clientId: String(id),
        asOf: raw.asOf,
        profile: { ageYears: ageFromBand(c.age_band as string | null) },
        holdings: [],
        trades: [],
        cashFlows: [],
        events: [],
        contact: { lastContactAt: null },
      },
      history: [],
      questionnaireAt: -Infinity,
    });
  }
  const each = (rows: Row[], fn: (b: Bucket, r: Row) => void) => {
    for (const r of rows) {
      const b = buckets.get(num(r.client_id));
      if (b) fn(b, r);
    }
  };
  each(raw.holdings, (b, r) => b.input.holdings.push(toHolding(r)));
  each(raw.trades, (b, r) => b.input.trades.push(toTrade(r)));
  each(raw.flows, (b, r) => b.input.cashFlows.push({ id: String(r.id), time: num(r.at), direction: r.direction === 'out' ? 'out' : 'in', amount: num(r.amount) }));
  each(raw.events, (b, r) => b.input.events.push({ id: String(r.id), time: num(r.at), name: String(r.name), properties: jsonValue(r.properties, {}) }));
  each(raw.questionnaires, (b, r) => {
    const at = num(r.at);
    if (at < b.questionnaireAt) return;
    b.questionnaireAt = at;
    const q: QuestionnaireInput = { answers: jsonValue(r.answers, {}) };
    const lambda = nullableNum(r.lambda);
    if (lambda !== undefined) q.lossAversionLambda = lambda;
    b.input.questionnaire = q;
  });
  each(raw.contacts, (b, r) => (b.input.contact = { lastContactAt: r.at === null ? null : num(r.at) }));
  const snapshots = new Map<number, SnapshotPoint[]>();
  each(raw.snapshots, (b, r) => {
    const point: SnapshotPoint = { month: String(r.month), topArchetype: String(r.top_archetype) as Archetype, weights: jsonValue(r.weights, {}) };
    b.history.push({ month: point.month, weights: point.weights as ArchetypeSnapshot['weights'] });
    const id = num(r.client_id);
    const points = snapshots.get(id);
    if (points) points.push(point);
    else snapshots.set(id, [point]);
  });
  const inputs: PortraitInput[] = [];
  for (const b of buckets.values()) {
    if (b.history.length > 0) b.input.archetypeHistory = b.history;
    inputs.push(b.input);
  }
  return { inputs, snapshots };
}
