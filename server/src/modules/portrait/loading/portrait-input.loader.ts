import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DAY_MS } from '../engine/numeric.js';
import { PORTRAIT_EVENT_NAMES } from '../engine/inputs.js';
import type { RuleSet } from '../engine/rules.js';
import { assembleInputs, type LoadedInputs, type RawInputRows, type Row } from './assemble-inputs.js';
import { type PlannedRead, type ReadPlan, runReadPlan } from './read-plan.js';
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
 * A batch reads its clients' events through (client_id, time). Without fresh table statistics MySQL may instead pick
 * ix_behaviour_events_name_time (which analytics needs there; SQLite has only a partial index of purchases), reading
 * every event of the portrait's event names for every batch: a full recompute then grows with clients × events. The
 * hint pins the intended plan on both engines.
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
 * The statements are planned apart from running them, so a worker thread with its own SQLite connection can run them.
 */
@Injectable()
export class PortraitInputLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(set: ClientSet, asOf: number, rules: RuleSet): Promise<LoadedInputs> {
    return assembleInputs(await this.fetch(set, asOf, rules));
  }

  /** The batch's rows from every source table through the data source. */
  fetch(set: ClientSet, asOf: number, rules: RuleSet): Promise<RawInputRows> {
    return runReadPlan(this.plan(set, asOf, rules), (read) => this.dataSource.query<Row[]>(read.sql, read.parameters));
  }

  plan(set: ClientSet, asOf: number, rules: RuleSet): ReadPlan {
    const eventsSince = new Date(asOf - maxWindowDays(rules) * DAY_MS);
    const tradesSince = new Date(asOf - TRADE_HISTORY_DAYS * DAY_MS);
    const columns = sourceColumns(this.dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite');
    return {
      asOf,
      reads: {
        clients: this.read(set, 'clients', 'c', ['c.id AS client_id', 'c.age_band AS age_band']),
        holdings: this.read(set, 'holdings', 'h', columns.holdings),
        trades: this.read(set, 'trades', 't', columns.trades, (qb) => qb.andWhere('t.time > :since', { since: tradesSince })),
        flows: this.read(set, 'cash_flows', 'f', columns.flows, (qb) => qb.andWhere('f.time > :since', { since: tradesSince })),
        events: this.read(
          set,
          'behaviour_events',
          'e',
          columns.events,
          (qb) => qb.andWhere('e.time > :since', { since: eventsSince }).andWhere('e.name IN (:...names)', { names: [...PORTRAIT_EVENT_NAMES] }),
          EVENTS_BY_CLIENT_INDEX,
        ),
        questionnaires: this.read(set, 'questionnaires', 'q', columns.questionnaires),
        contacts: this.read(set, 'client_follows', 'cf', columns.contacts, (qb) => qb.andWhere("cf.state = 'active'").groupBy('cf.client_id')),
        snapshots: this.read(set, 'portrait_snapshots', 's', ['s.client_id AS client_id', 's.month AS month', 's.top_archetype AS top_archetype', 's.archetype_weights AS weights'], (qb) =>
          qb.andWhere('s.month >= :fromMonth', { fromMonth: monthsBefore(asOf, SNAPSHOT_HISTORY_MONTHS) }).orderBy('s.month', 'ASC'),
        ),
      },
    };
  }

  /** One set-based read of `table` restricted to the batch's clients (every source table is indexed by client_id). */
  private read(
    set: ClientSet,
    table: string,
    alias: string,
    columns: readonly string[],
    refine: (qb: SelectQueryBuilder<ObjectLiteral>) => unknown = () => undefined,
    index?: string,
  ): PlannedRead {
    const qb = this.dataSource.createQueryBuilder().select([...columns]).from(table, alias);
    clientSetFilter(qb, `${alias}.${table === 'clients' ? 'id' : 'client_id'}`, set);
    refine(qb);
    const [sql, parameters] = qb.getQueryAndParameters();
    if (!index) return { sql, parameters };
    const driver = this.dataSource.driver;
    const from = `FROM ${driver.escape(table)} ${driver.escape(alias)}`;
    const hint = this.dataSource.options.type === 'mysql' ? `FORCE INDEX (${index})` : `INDEXED BY ${index}`;
    return { sql: sql.replace(from, `${from} ${hint}`), parameters };
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
