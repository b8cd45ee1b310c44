import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col, isMysql } from '../../../database/columns.js';

const idx = (name: string, columnNames: string[], isUnique = false): TableIndex => new TableIndex({ name, columnNames, isUnique });

/** behaviour_events: the ingestion target, sized for 10M+ rows (bigint key, covering lookups by client and distinct id). */
export class Ingest1700200000000 implements MigrationInterface {
  name = 'Ingest1700200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'behaviour_events',
        columns: [
          // SQLite only autoincrements an INTEGER PRIMARY KEY (64-bit there anyway).
          { ...col.id(), type: isMysql(q) ? 'bigint' : 'integer' },
          col.varchar('event_id', 64),
          col.int('client_id', { isNullable: true }),
          col.varchar('distinct_id', 64),
          col.varchar('name', 48),
          col.datetime('time'),
          col.text('properties'),
          col.datetime('received_at'),
        ],
        indices: [
          idx('uq_behaviour_events_event_id', ['event_id'], true),
          idx('ix_behaviour_events_client_time', ['client_id', 'time']),
          // Pending events (client_id NULL) are found by distinct_id when their client appears.
          idx('ix_behaviour_events_distinct_client', ['distinct_id', 'client_id']),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('behaviour_events');
  }
}
