import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProductRiskLevel } from '@valuelens/contracts';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DAY_MS } from '../engine/numeric.js';
import {
  type ArchetypeSnapshot,
  type CashFlowInput,
  type EventInput,
  type HoldingInput,
  PORTRAIT_EVENT_NAMES,
  type PortraitInput,
  type ProductCategory,
  type QuestionnaireInput,
  type TradeInput,
} from '../engine/inputs.js';
import type { RuleSet } from '../engine/rules.js';
import { ageFromBand } from './age-band.js';
import { type ClientSet, clientSetFilter } from './client-set.js';
import { bool, epochMs, jsonValue, nullableEpochMs, nullableNum, num } from './sql-values.js';

/**
 * Trades and cash flows reach back a year: the disposition effect, loss exits and holding periods pair sells with
 * earlier buys and outflows, so they need more than the 180-day event window. Older rows change no current metric.
 */
const TRADE_HISTORY_DAYS = 365;
/** Snapshots older than this cannot move the trajectory's smoothed months. */
const SNAPSHOT_HISTORY_MONTHS = 12;

type Row = Record<string, unknown>;

const HOLDING_COLUMNS = [
  'h.client_id AS client_id',
  'h.product_code AS product_code',
  'h.product_category AS category',
  'h.risk_level AS risk_level',
  'h.market_value AS market_value',
  'h.cost_value AS cost_value',
  'h.opened_at AS opened_at',
] as const;
const TRADE_COLUMNS = [
  't.id AS id',
  't.client_id AS client_id',
  't.time AS at',
  't.side AS side',
  't.product_code AS product_code',
  't.risk_level AS risk_level',
  't.amount AS amount',
  't.realized_pnl AS realized_pnl',
  't.is_hot_list_name AS is_hot',
] as const;
const FLOW_COLUMNS = ['f.id AS id', 'f.client_id AS client_id', 'f.time AS at', 'f.direction AS direction', 'f.amount AS amount'] as const;
const EVENT_COLUMNS = ['e.event_id AS id', 'e.client_id AS client_id', 'e.name AS name', 'e.time AS at', 'e.properties AS properties'] as const;
const QUESTIONNAIRE_COLUMNS = ['q.client_id AS client_id', 'q.loss_aversion_lambda AS lambda', 'q.answers AS answers', 'q.answered_at AS answered_at'] as const;

interface Bucket {
  input: PortraitInput & { holdings: HoldingInput[]; trades: TradeInput[]; cashFlows: CashFlowInput[]; events: EventInput[] };
  history: ArchetypeSnapshot[];
  questionnaireAt: number;
}

export interface LoadedInputs {
  inputs: PortraitInput[];
  /** Months ('YYYY-MM') each client already has a snapshot for. */
  snapshotMonths: Map<number, Set<string>>;
}

/**
 * Loads PortraitInput for a set of clients with one query per source table (clients, holdings, trades, flows,
 * events, questionnaires, follows, snapshots), never one per client. Rows are grouped in memory by client id.
 */
@Injectable()
export class PortraitInputLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(set: ClientSet, asOf: number, rules: RuleSet): Promise<LoadedInputs> {
    const clients = await this.rows(set, 'clients', 'c', ['c.id AS client_id', 'c.age_band AS age_band']);
    const buckets = new Map<number, Bucket>();
    for (const c of clients) {
      const id = num(c.client_id);
      const ageYears = ageFromBand(c.age_band as string | null);
      buckets.set(id, {
        input: { clientId: String(id), asOf, profile: { ageYears }, holdings: [], trades: [], cashFlows: [], events: [], contact: { lastContactAt: null } },
        history: [],
        questionnaireAt: -Infinity,
      });
    }
    if (buckets.size === 0) return { inputs: [], snapshotMonths: new Map() };
    const eventsSince = new Date(asOf - maxWindowDays(rules) * DAY_MS);
    const tradesSince = new Date(asOf - TRADE_HISTORY_DAYS * DAY_MS);
    const [holdings, trades, flows, events, questionnaires, contacts, snapshots] = await Promise.all([
      this.rows(set, 'holdings', 'h', HOLDING_COLUMNS),
      this.rows(set, 'trades', 't', TRADE_COLUMNS, (qb) => qb.andWhere('t.time > :since', { since: tradesSince })),
      this.rows(set, 'cash_flows', 'f', FLOW_COLUMNS, (qb) => qb.andWhere('f.time > :since', { since: tradesSince })),
      this.rows(set, 'behaviour_events', 'e', EVENT_COLUMNS, (qb) =>
        qb.andWhere('e.time > :since', { since: eventsSince }).andWhere('e.name IN (:...names)', { names: [...PORTRAIT_EVENT_NAMES] }),
      ),
      this.rows(set, 'questionnaires', 'q', QUESTIONNAIRE_COLUMNS),
      this.rows(set, 'client_follows', 'cf', ['cf.client_id AS client_id', 'MAX(cf.add_time) AS last_contact'], (qb) =>
        qb.andWhere("cf.state = 'active'").groupBy('cf.client_id'),
      ),
      this.rows(set, 'portrait_snapshots', 's', ['s.client_id AS client_id', 's.month AS month', 's.archetype_weights AS weights'], (qb) =>
        qb.andWhere('s.month >= :fromMonth', { fromMonth: monthsBefore(asOf, SNAPSHOT_HISTORY_MONTHS) }).orderBy('s.month', 'ASC'),
      ),
    ]);
    const each = (rows: Row[], fn: (b: Bucket, r: Row) => void) => {
      for (const r of rows) {
        const b = buckets.get(num(r.client_id));
        if (b) fn(b, r);
      }
    };
    each(holdings, (b, r) => b.input.holdings.push(toHolding(r)));
    each(trades, (b, r) => b.input.trades.push(toTrade(r)));
    each(flows, (b, r) => b.input.cashFlows.push({ id: String(r.id), time: epochMs(r.at), direction: r.direction === 'out' ? 'out' : 'in', amount: num(r.amount) }));
    each(events, (b, r) => b.input.events.push({ id: String(r.id), time: epochMs(r.at), name: String(r.name), properties: jsonValue(r.properties, {}) }));
    each(questionnaires, (b, r) => {
      const at = epochMs(r.answered_at);
      if (at < b.questionnaireAt) return;
      b.questionnaireAt = at;
      const q: QuestionnaireInput = { answers: jsonValue(r.answers, {}) };
      const lambda = nullableNum(r.lambda);
      if (lambda !== undefined) q.lossAversionLambda = lambda;
      b.input.questionnaire = q;
    });
    each(contacts, (b, r) => (b.input.contact = { lastContactAt: nullableEpochMs(r.last_contact) }));
    const snapshotMonths = new Map<number, Set<string>>();
    each(snapshots, (b, r) => {
      b.history.push({ month: String(r.month), weights: jsonValue(r.weights, {} as ArchetypeSnapshot['weights']) });
      const id = num(r.client_id);
      const months = snapshotMonths.get(id) ?? new Set<string>();
      months.add(String(r.month));
      snapshotMonths.set(id, months);
    });
    const inputs: PortraitInput[] = [];
    for (const b of buckets.values()) {
      if (b.history.length > 0) b.input.archetypeHistory = b.history;
      inputs.push(b.input);
    }
    return { inputs, snapshotMonths };
  }

  /** One set-based read of `table` restricted to the batch's clients (every source table is indexed by client_id). */
  private rows(
    set: ClientSet,
    table: string,
    alias: string,
    columns: readonly string[],
    refine: (qb: SelectQueryBuilder<ObjectLiteral>) => unknown = () => undefined,
  ): Promise<Row[]> {
    const qb = this.dataSource.createQueryBuilder().select([...columns]).from(table, alias);
    clientSetFilter(qb, `${alias}.${table === 'clients' ? 'id' : 'client_id'}`, set);
    refine(qb);
    return qb.getRawMany<Row>();
  }
}

function toHolding(r: Row): HoldingInput {
  return {
    productCode: String(r.product_code),
    productCategory: String(r.category) as ProductCategory,
    riskLevel: String(r.risk_level) as ProductRiskLevel,
    marketValue: num(r.market_value),
    costValue: num(r.cost_value),
    openedAt: epochMs(r.opened_at),
  };
}

function toTrade(r: Row): TradeInput {
  const trade: TradeInput = {
    id: String(r.id),
    time: epochMs(r.at),
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

export function maxWindowDays(rules: RuleSet): number {
  const w = rules.windows;
  return Math.max(w.shortDays, w.longDays, w.preferenceDays);
}

/** China Standard Time (UTC+8, no DST): portrait months follow the brokerage's calendar, not UTC. */
const CST_OFFSET_MS = 8 * 3_600_000;

export function portraitMonth(epoch: number): string {
  const d = new Date(epoch + CST_OFFSET_MS);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function monthsBefore(epoch: number, months: number): string {
  const d = new Date(epoch + CST_OFFSET_MS);
  const shifted = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}
