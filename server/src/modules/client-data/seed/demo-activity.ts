import type { EntityManager, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { ClientBundle, ProductRow } from '../../../demo/generator/types.js';
import type { EntityClass } from '../../../database/entity-class.js';
import { BehaviourEvent } from '../../ingest/behaviour-event.entity.js';
import { insertRows } from '../../ingest/multi-row-insert.js';
import { CashFlow } from '../entities/cash-flow.entity.js';
import { Holding } from '../entities/holding.entity.js';
import { Product } from '../entities/product.entity.js';
import { Questionnaire } from '../entities/questionnaire.entity.js';
import { Trade } from '../entities/trade.entity.js';

/**
 * Rows per statement. SQLite binds at most 32,766 parameters per statement (8 columns × 1,000 = 8,000) and
 * 1,000 short rows stay far below MySQL's max_allowed_packet.
 */
const ROWS_PER_STATEMENT = 1000;

/** The generated clients' portfolios and behaviour, collected for a batch of clients and written set-wise. */
export class DemoActivityBuffer {
  private holdings: QueryDeepPartialEntity<Holding>[] = [];
  private trades: QueryDeepPartialEntity<Trade>[] = [];
  private cashFlows: QueryDeepPartialEntity<CashFlow>[] = [];
  private questionnaires: QueryDeepPartialEntity<Questionnaire>[] = [];
  private events: QueryDeepPartialEntity<BehaviourEvent>[] = [];
  readonly counts = { holdings: 0, trades: 0, cashFlows: 0, questionnaires: 0, events: 0 };

  /** `distinctId` is what an ingested event of this client would carry (see ingest/distinct-id-mapping.ts). */
  add(bundle: ClientBundle, clientId: number, distinctId: string): void {
    for (const h of bundle.holdings) {
      this.holdings.push({ clientId, productCode: h.productCode, productCategory: h.productCategory, riskLevel: h.riskLevel, marketValue: h.marketValue, costValue: h.costValue, openedAt: new Date(h.openedAt) });
    }
    for (const t of bundle.trades) {
      this.trades.push({ id: t.id, clientId, time: new Date(t.time), side: t.side, productCode: t.productCode, riskLevel: t.riskLevel, amount: t.amount, realizedPnl: t.realizedPnl ?? null, isHotListName: t.isHotListName });
    }
    for (const f of bundle.cashFlows) this.cashFlows.push({ id: f.id, clientId, time: new Date(f.time), direction: f.direction, amount: f.amount });
    if (bundle.questionnaire) {
      this.questionnaires.push({
        clientId,
        lossAversionLambda: bundle.questionnaire.lossAversionLambda ?? null,
        answers: bundle.questionnaire.answers,
        // The generator has no answer time; the suitability assessment is when the questionnaire was taken.
        answeredAt: new Date(bundle.client.riskAssessedAt),
      });
    }
    // The generator numbers trade-mirroring events and app events in separate sequences that can meet
    // (both `<client>-e<n>`); a repeat gets a deterministic suffix so no generated event is lost.
    const seen = new Set<string>();
    for (const e of bundle.events) {
      const time = new Date(e.time);
      let eventId = e.id;
      for (let n = 2; seen.has(eventId); n++) eventId = `${e.id}#${n}`;
      seen.add(eventId);
      this.events.push({ eventId, clientId, distinctId, name: e.name, time, properties: e.properties, receivedAt: time } as QueryDeepPartialEntity<BehaviourEvent>);
    }
  }

  async flush(manager: EntityManager): Promise<void> {
    this.counts.holdings += await insertChunked(manager, Holding, this.holdings);
    this.counts.trades += await insertChunked(manager, Trade, this.trades);
    this.counts.cashFlows += await insertChunked(manager, CashFlow, this.cashFlows);
    this.counts.questionnaires += await insertChunked(manager, Questionnaire, this.questionnaires);
    this.counts.events += await insertChunked(manager, BehaviourEvent, this.events);
    this.holdings = [];
    this.trades = [];
    this.cashFlows = [];
    this.questionnaires = [];
    this.events = [];
  }
}

export async function insertProducts(manager: EntityManager, products: readonly ProductRow[]): Promise<number> {
  return insertChunked(manager, Product, products.map((p) => ({ code: p.code, name: p.name, category: p.category, riskLevel: p.riskLevel, isHot: p.isHot })));
}

async function insertChunked<T extends ObjectLiteral>(manager: EntityManager, entity: EntityClass, rows: QueryDeepPartialEntity<T>[]): Promise<number> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await insertRows(manager, entity, rows.slice(i, i + ROWS_PER_STATEMENT));
  return rows.length;
}
