import type { DataSource } from 'typeorm';
import { generateDataset } from '../src/demo/generator/generate.js';
import type { ClientBundle, GeneratorOptions } from '../src/demo/generator/types.js';
import type { Staff } from '../src/modules/org/staff.entity.js';
import { makeClient, makeFollow } from './support/factories.js';

/** Shared by the portrait, profile and segment tests: writes generated or hand-made client data through plain SQL. */
const CHUNK = 400;

/** SQLite keeps TypeORM datetimes as UTC text; MySQL takes a Date (the pool runs with timezone 'Z'). */
function sqlValue(ds: DataSource, value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date && ds.options.type !== 'mysql') return value.toISOString().replace('T', ' ').replace('Z', '');
  return value;
}

/** Plain multi-row INSERT by column name (the tables' entities belong to other features). */
async function insertRows(ds: DataSource, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    const params = part.flatMap((r) => columns.map((c) => sqlValue(ds, r[c])));
    await ds.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${part.map(() => tuple).join(', ')}`, params);
  }
}

export interface SeededClient {
  id: number;
  planted: ClientBundle['planted'];
}

/**
 * Writes `bundles` as clients followed by `advisor`, with their holdings, trades, flows, questionnaire and events.
 * Event ids are made unique per client here because the generator can repeat one (portfolio and app events share
 * the "-e" prefix with separate counters).
 */
export async function seedBundles(ds: DataSource, bundles: readonly ClientBundle[], advisor: Staff): Promise<SeededClient[]> {
  const seeded: SeededClient[] = [];
  for (const b of bundles) {
    const client = await makeClient(ds, {
      name: b.client.name,
      externalUserId: `wmGEN${b.client.id}`,
      gender: b.client.gender,
      ageBand: b.client.ageBand,
      occupation: b.client.occupation,
      riskLevel: b.client.riskLevel,
      source: 'demo',
    });
    const id = client.id;
    seeded.push({ id, planted: b.planted });
    await makeFollow(ds, client, advisor, { addTime: new Date(b.lastContactAt ?? b.client.openedAt) });
    await insertRows(ds, 'holdings', b.holdings.map((h) => ({ client_id: id, product_code: h.productCode, product_category: h.productCategory, risk_level: h.riskLevel, market_value: h.marketValue, cost_value: h.costValue, opened_at: new Date(h.openedAt) })));
    await insertRows(ds, 'trades', b.trades.map((t) => ({ id: t.id, client_id: id, time: new Date(t.time), side: t.side, product_code: t.productCode, risk_level: t.riskLevel, amount: t.amount, realized_pnl: t.realizedPnl ?? null, is_hot_list_name: t.isHotListName })));
    await insertRows(ds, 'cash_flows', b.cashFlows.map((f) => ({ id: f.id, client_id: id, time: new Date(f.time), direction: f.direction, amount: f.amount })));
    if (b.questionnaire) {
      await insertRows(ds, 'questionnaires', [{ client_id: id, loss_aversion_lambda: b.questionnaire.lossAversionLambda ?? null, answers: JSON.stringify(b.questionnaire.answers), answered_at: new Date(b.client.riskAssessedAt) }]);
    }
    await insertRows(ds, 'behaviour_events', b.events.map((e, i) => ({ event_id: `${e.id}#${i}`, client_id: id, distinct_id: b.client.id, name: e.name, time: new Date(e.time), properties: JSON.stringify(e.properties), received_at: new Date(e.time) })));
  }
  return seeded;
}

/** Generated clients ending at `asOf`, with planted archetypes (the engine never sees the label). */
export function generateBundles(options: Omit<GeneratorOptions, 'asOf'>, asOf: Date): ClientBundle[] {
  return [...generateDataset({ ...options, asOf: asOf.getTime() }).clients()];
}

export { insertRows };
