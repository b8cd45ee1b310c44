import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../../../database/columns.js';
import { ALERT_RULE_DEFINITIONS, ALERT_RULE_KEYS, defaultParams } from '../alerts/alert-rule-definitions.js';

const idx = (name: string, columnNames: string[], isUnique = false): TableIndex => new TableIndex({ name, columnNames, isUnique });

/** feed_items, alert_rules (seeded with the defaults), alerts and follow_ups. */
export class Feed1700900000000 implements MigrationInterface {
  name = 'Feed1700900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'feed_items',
        columns: [
          col.id(),
          col.int('client_id'),
          col.int('staff_id', { isNullable: true }),
          col.varchar('type', 24),
          col.datetime('occurred_at'),
          col.varchar('text_zh', 500),
          col.text('data'),
          col.varchar('source_ref', 191),
          col.int('merged_into_id', { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [
          idx('uq_feed_items_source_ref', ['source_ref'], true),
          // Timeline of one client, and the scoped feed (newest first, keyset on occurred_at, id).
          idx('ix_feed_items_client_time', ['client_id', 'occurred_at', 'id']),
          idx('ix_feed_items_time', ['occurred_at', 'id']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'alert_rules',
        columns: [
          { name: 'key', type: 'varchar', length: '32', isPrimary: true },
          col.bool('enabled', true),
          col.text('params'),
          col.int('cooldown_hours'),
          col.int('updated_by', { isNullable: true }),
          col.updatedAt(q),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'alerts',
        columns: [
          col.id(),
          col.int('client_id'),
          col.int('staff_id'),
          col.varchar('rule_key', 32),
          col.varchar('status', 12),
          col.text('evidence'),
          col.varchar('suggestion_zh', 500),
          col.int('script_id', { isNullable: true }),
          col.varchar('script_title', 200, { isNullable: true }),
          col.varchar('dedupe_key', 191),
          col.createdAt(q),
          col.datetime('seen_at', { isNullable: true }),
          col.datetime('handled_at', { isNullable: true }),
          col.varchar('handled_note', 500, { isNullable: true }),
          col.datetime('notified_at', { isNullable: true }),
        ],
        indices: [
          idx('uq_alerts_dedupe', ['dedupe_key'], true),
          idx('ix_alerts_staff_status_time', ['staff_id', 'status', 'created_at']),
          idx('ix_alerts_client_rule_time', ['client_id', 'rule_key', 'created_at']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'follow_ups',
        columns: [
          col.id(),
          col.int('client_id'),
          col.int('staff_id'),
          col.varchar('note', 1000),
          col.datetime('next_contact_at', { isNullable: true }),
          col.datetime('done_at', { isNullable: true }),
          col.datetime('reminded_at', { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [idx('ix_follow_ups_client_time', ['client_id', 'created_at']), idx('ix_follow_ups_due', ['next_contact_at', 'done_at'])],
      }),
    );
    for (const key of ALERT_RULE_KEYS) {
      // `key` is reserved in MySQL; backticks quote it on both engines.
      await q.query('INSERT INTO alert_rules (`key`, enabled, params, cooldown_hours) VALUES (?, 1, ?, ?)', [
        key,
        JSON.stringify(defaultParams(key)),
        ALERT_RULE_DEFINITIONS[key].cooldownHours,
      ]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('follow_ups');
    await q.dropTable('alerts');
    await q.dropTable('alert_rules');
    await q.dropTable('feed_items');
  }
}
