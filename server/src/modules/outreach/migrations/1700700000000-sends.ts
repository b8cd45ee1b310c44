import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../../../database/columns.js';

export class Sends1700700000000 implements MigrationInterface {
  name = 'Sends1700700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'sends',
        columns: [
          col.id(),
          col.varchar('channel', 16),
          col.varchar('status', 20),
          col.int('staff_id'),
          col.int('client_id', { isNullable: true }),
          col.varchar('chat_id', 64, { isNullable: true }),
          col.varchar('content_kind', 16),
          col.int('content_id'),
          col.int('version_id'),
          col.int('variant_id', { isNullable: true }),
          col.int('approver_id', { isNullable: true }),
          col.int('campaign_id', { isNullable: true }),
          col.int('task_id', { isNullable: true }),
          col.text('text', { isNullable: true }),
          col.bool('edited', false),
          col.varchar('wecom_msgid', 128, { isNullable: true }),
          col.varchar('exclusion_code', 48, { isNullable: true }),
          col.varchar('idempotency_key', 191, { isNullable: true }),
          col.datetime('sent_at', { isNullable: true }),
          col.datetime('delivered_at', { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [
          new TableIndex({ name: 'uq_sends_idempotency', columnNames: ['idempotency_key'], isUnique: true }),
          new TableIndex({ name: 'ix_sends_client_time', columnNames: ['client_id', 'sent_at'] }),
          new TableIndex({ name: 'ix_sends_staff_time', columnNames: ['staff_id', 'sent_at'] }),
          new TableIndex({ name: 'ix_sends_campaign', columnNames: ['campaign_id', 'status'] }),
          new TableIndex({ name: 'ix_sends_version', columnNames: ['version_id'] }),
          new TableIndex({ name: 'ix_sends_msgid', columnNames: ['wecom_msgid'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'tracked_links',
        columns: [
          { name: 'token', type: 'varchar', length: '32', isPrimary: true },
          col.int('send_id'),
          col.int('client_id', { isNullable: true }),
          col.int('staff_id'),
          col.varchar('content_kind', 16),
          col.int('content_id'),
          col.int('version_id'),
          col.int('variant_id', { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [new TableIndex({ name: 'ix_tracked_links_send', columnNames: ['send_id'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('tracked_links');
    await q.dropTable('sends');
  }
}
