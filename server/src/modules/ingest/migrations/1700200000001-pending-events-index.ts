import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';
import { swapIndexOnSqlite } from '../../../database/sqlite-index-swap.js';

const ALL_EVENTS = new TableIndex({ name: 'ix_behaviour_events_distinct_client', columnNames: ['distinct_id', 'client_id'] });
const PENDING_EVENTS = new TableIndex({ name: 'ix_behaviour_events_pending', columnNames: ['distinct_id'], where: 'client_id IS NULL' });

/**
 * On SQLite the lookup of pending events by distinct id indexes only the pending ones (client_id NULL): an event of a
 * known client no longer adds an entry at a random place of a 10M-entry index. MySQL has no partial indexes; InnoDB
 * buffers changes to its non-unique secondary indexes, so it keeps the full one.
 */
export class PendingEventsIndex1700200000001 implements MigrationInterface {
  name = 'PendingEventsIndex1700200000001';

  async up(q: QueryRunner): Promise<void> {
    await swapIndexOnSqlite(q, 'behaviour_events', ALL_EVENTS, PENDING_EVENTS);
  }

  async down(q: QueryRunner): Promise<void> {
    await swapIndexOnSqlite(q, 'behaviour_events', PENDING_EVENTS, ALL_EVENTS);
  }
}
