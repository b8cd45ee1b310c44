import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';
import { swapIndexOnSqlite } from '../../../database/sqlite-index-swap.js';
import { PURCHASE_EVENT } from '../rollup/purchases.js';

const BY_NAME_AND_TIME = new TableIndex({ name: 'ix_behaviour_events_name_time', columnNames: ['name', 'time'] });
const PURCHASES_BY_TIME = new TableIndex({ name: 'ix_behaviour_events_purchase_time', columnNames: ['time'], where: `name = '${PURCHASE_EVENT}'` });

/**
 * Analytics reads one kind of event by time: purchases, for conversions. On SQLite the (name, time) index of every
 * event becomes a partial index of the purchases alone. Events arrive in any time order (a backfill client by client,
 * late app uploads), so each entry of the full index lands at a random place: at 4,000,000 events it cost the ingest
 * more than the table and the other indexes together (docs/BENCHMARKS.md). MySQL has no partial indexes and buffers
 * changes to non-unique secondary indexes, so it keeps (name, time).
 */
export class PurchaseTimeIndex1701000000001 implements MigrationInterface {
  name = 'PurchaseTimeIndex1701000000001';

  async up(q: QueryRunner): Promise<void> {
    await swapIndexOnSqlite(q, 'behaviour_events', BY_NAME_AND_TIME, PURCHASES_BY_TIME);
  }

  async down(q: QueryRunner): Promise<void> {
    await swapIndexOnSqlite(q, 'behaviour_events', PURCHASES_BY_TIME, BY_NAME_AND_TIME);
  }
}
