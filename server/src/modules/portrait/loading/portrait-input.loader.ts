import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DAY_MS } from '../engine/numeric.js';
import { PORTRAIT_EVENT_NAMES } from '../engine/inputs.js';
import type { RuleSet } from '../engine/rules.js';
import { assembleInputs, type LoadedInputs, type RawInputRows, type Row } from './assemble-inputs.js';
import { type ClientSet, clientSetFilter } from './client-set.js';
import { epochMsSql } from '../../../database/sql-values.js';

/**
 * Trades and cash flows reach back a year: the disposition effect, loss exits and holding periods pair sells with
 * earlier buys and outflows, so they need more than the 180-day event window. Older rows change no current metric.
 */
const TRADE_HISTORY_DAYS = 365;
/** Snapshots older than this cannot move the trajectory's smoothed months. */
const SNAPSHOT_HISTORY_MONTHS = 12;


type Dialect = 'mysql' | 'sqlite';

/**
 * A batch reads its clients' events through (client_id, time). Without fresh table statistics both engines may
 * instead pick ix_behaviour_events_name_time (which analytics needs), reading every event of the portrait's event
 * names for every batch: a full recompute then grows with clients × events. The hint pins the intended plan.
 */
const EVENTS_BY_CLIENT_INDEX = 'ix_behaviour_events_client_time';

function sourceColumns(d: Dialect) {
  const at = (column: string) => `${epochMsSql(d, column)} AS at`;
  return {
    holdings: [
      'h.client_id AS client_id',
      'h.product_code AS product_code',
      'h.product_category AS category',
      'h.risk_level AS risk_level',
      'h.market_value AS market_value',
      'h.cost_value AS cost_value',
      at('h.opened_at'),
    ],
    trades: [
      't.id AS id',
      't.client_id AS client_id',
      at('t.time'),
      't.side AS side',
      't.product_code AS product_code',
      't.risk_level AS risk_level',
      't.amount AS amount',
      't.realized_pnl AS realized_pnl',
      't.is_hot_list_name AS is_hot',
    ],
    flows: ['f.id AS id', 'f.client_id AS client_id', at('f.time'), 'f.direction AS direction', 'f.amount AS amount'],
    events: ['e.event_id AS id', 'e.client_id AS client_id', 'e.name AS name', at('e.time'), 'e.properties AS properties'],
    questionnaires: ['q.client_id AS client_id', 'q.loss_aversion_lambda AS lambda', 'q.answers AS answers', at('q.answered_at')],
    contacts: ['cf.client_id AS client_id', `MAX(${epochMsSql(d, 'cf.add_time')}) AS at`],
  };
}

/**
 * Loads PortraitInput for a set of clients with one query per source table (clients, holdings, trades, flows,
 * events, questionnaires, follows, snapshots), never one per client. Rows are grouped in memory by client id.
 */
@Injectable()
export class PortraitInputLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(set: ClientSet, asOf: number, rules: RuleSet): Promise<LoadedInputs> {
    return assembleInputs(await this.fetch(set, asOf, rules));
  }

  /** The batch's rows from every source table: one statement per table, all issued at once. */
  async fetch(set: ClientSet, asOf: number, rules: RuleSet): Promise<RawInputRows> {
    const clients = await this.rows(set, 'clients', 'c', ['c.id AS client_id', 'c.age_band AS age_band']);
    if (clients.length === 0) return { asOf, clients, holdings: [], trades: [], flows: [], events: [], questionnaires: [], contacts: [], snapshots: [] };
    const eventsSince = new Date(asOf - maxWindowDays(rules) * DAY_MS);
    const tradesSince = new Date(asOf - TRADE_HISTORY_DAYS * DAY_MS);
    const columns = sourceColumns(this.dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite');
    const [holdings, trades, flows, events, questionnaires, contacts, snapshots] = await Promise.all([
      this.rows(set, 'holdings', 'h', columns.holdings),
      this.rows(set, 'trades', 't', columns.trades, (qb) => qb.andWhere('t.time > :since', { since: tradesSince })),
      this.rows(set, 'cash_flows', 'f', columns.flows, (qb) => qb.andWhere('f.time > :since', { since: tradesSince })),
      this.rows(
        set,
        'behaviour_events',
        'e',
        columns.events,
        (qb) => qb.andWhere('e.time > :since', { since: eventsSince }).andWhere('e.name IN (:...names)', { names: [...PORTRAIT_EVENT_NAMES] }),
        EVENTS_BY_CLIENT_INDEX,
      ),
      this.rows(set, 'questionnaires', 'q', columns.questionnaires),
      this.rows(set, 'client_follows', 'cf', columns.contacts, (qb) => qb.andWhere("cf.state = 'active'").groupBy('cf.client_id')),
      this.rows(set, 'portrait_snapshots', 's', ['s.client_id AS client_id', 's.month AS month', 's.archetype_weights AS weights'], (qb) =>
        qb.andWhere('s.month >= :fromMonth', { fromMonth: monthsBefore(asOf, SNAPSHOT_HISTORY_MONTHS) }).orderBy('s.month', 'ASC'),
      ),
    ]);
    return { asOf, clients, holdings, trades, flows, events, questionnaires, contacts, snapshots };
  }

  /** One set-based read of `table` restricted to the batch's clients (every source table is indexed by client_id). */
  private rows(
    set: ClientSet,
    table: string,
    alias: string,
    columns: readonly string[],
    refine: (qb: SelectQueryBuilder<ObjectLiteral>) => unknown = () => undefined,
    index?: string,
  ): Promise<Row[]> {
    const qb = this.dataSource.createQueryBuilder().select([...columns]).from(table, alias);
    clientSetFilter(qb, `${alias}.${table === 'clients' ? 'id' : 'client_id'}`, set);
    refine(qb);
    if (!index) return qb.getRawMany<Row>();
    const [sql, parameters] = qb.getQueryAndParameters();
    const driver = this.dataSource.driver;
    const from = `FROM ${driver.escape(table)} ${driver.escape(alias)}`;
    const hint = this.dataSource.options.type === 'mysql' ? `FORCE INDEX (${index})` : `INDEXED BY ${index}`;
    return this.dataSource.query<Row[]>(sql.replace(from, `${from} ${hint}`), parameters);
  }
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
