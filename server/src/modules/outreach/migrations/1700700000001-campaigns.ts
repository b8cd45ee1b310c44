import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../../../database/columns.js';

const idx = (name: string, columnNames: string[], isUnique = false): TableIndex => new TableIndex({ name, columnNames, isUnique });

/**
 * Campaigns → per-advisor WeCom tasks → per-client sends, the exclusion report, moments jobs; sends gain
 * a failure reason and UNIQUE(campaign_id, client_id) (a client is in at most one task of a campaign);
 * tracked links may stand for a whole mass-send task (send_id NULL, campaign_id/task_id set).
 */
export class Campaigns1700700000001 implements MigrationInterface {
  name = 'Campaigns1700700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('sends', new TableColumn(col.varchar('fail_reason', 500, { isNullable: true })));
    await q.createIndex('sends', idx('uq_sends_campaign_client', ['campaign_id', 'client_id'], true));
    await q.createIndex('sends', idx('ix_sends_task', ['task_id', 'status']));

    await q.changeColumn('tracked_links', 'send_id', new TableColumn(col.int('send_id', { isNullable: true })));
    await q.addColumns('tracked_links', [
      new TableColumn(col.int('campaign_id', { isNullable: true })),
      new TableColumn(col.int('task_id', { isNullable: true })),
    ]);
    await q.createIndex('tracked_links', idx('ix_tracked_links_task', ['task_id']));

    await q.createTable(
      new Table({
        name: 'campaigns',
        columns: [
          col.id(),
          col.varchar('uid', 32),
          col.varchar('name', 100),
          col.varchar('origin', 16),
          col.int('activity_id', { isNullable: true }),
          col.varchar('content_kind', 16),
          col.int('content_id'),
          col.int('variant_id', { isNullable: true }),
          col.int('version_id', { isNullable: true }),
          col.int('approver_id', { isNullable: true }),
          col.varchar('channel', 16),
          col.text('audience'),
          col.datetime('run_at', { isNullable: true }),
          col.varchar('status', 16),
          col.varchar('failure_code', 48, { isNullable: true }),
          col.varchar('failure_reason', 500, { isNullable: true }),
          col.text('message', { isNullable: true }),
          col.int('eligible_count', { default: 0 }),
          col.int('excluded_count', { default: 0 }),
          col.int('task_count', { default: 0 }),
          col.int('created_by'),
          col.datetime('launched_at', { isNullable: true }),
          col.datetime('planned_at', { isNullable: true }),
          col.datetime('completed_at', { isNullable: true }),
          col.datetime('cancelled_at', { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [idx('uq_campaigns_uid', ['uid'], true), idx('ix_campaigns_status', ['status', 'run_at']), idx('ix_campaigns_creator', ['created_by', 'id'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'campaign_tasks',
        columns: [
          col.id(),
          col.int('campaign_id'),
          col.int('staff_id'),
          col.int('chunk_no'),
          col.varchar('status', 16),
          col.varchar('idempotency_key', 191),
          col.varchar('msgid', 128, { isNullable: true }),
          col.varchar('link_token', 32, { isNullable: true }),
          col.text('message', { isNullable: true }),
          col.int('recipient_count', { default: 0 }),
          col.int('submit_attempts', { default: 0 }),
          col.datetime('submitting_at', { isNullable: true }),
          col.datetime('submitted_at', { isNullable: true }),
          col.datetime('confirmed_at', { isNullable: true }),
          col.datetime('synced_at', { isNullable: true }),
          col.int('sync_polls', { default: 0 }),
          col.datetime('done_at', { isNullable: true }),
          col.int('reminder_count', { default: 0 }),
          col.datetime('last_reminded_at', { isNullable: true }),
          col.text('reminder_times', { isNullable: true }),
          col.varchar('last_error', 500, { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [
          idx('uq_campaign_tasks_chunk', ['campaign_id', 'staff_id', 'chunk_no'], true),
          idx('uq_campaign_tasks_idempotency', ['idempotency_key'], true),
          idx('ix_campaign_tasks_staff', ['staff_id', 'status']),
          idx('ix_campaign_tasks_campaign', ['campaign_id', 'status']),
          idx('ix_campaign_tasks_msgid', ['msgid']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'campaign_exclusions',
        columns: [
          col.id(),
          col.int('campaign_id'),
          col.int('client_id'),
          col.int('staff_id', { isNullable: true }),
          col.varchar('code', 48),
          col.varchar('reason', 500),
          col.createdAt(q),
        ],
        indices: [idx('uq_campaign_exclusions_client', ['campaign_id', 'client_id'], true), idx('ix_campaign_exclusions_code', ['campaign_id', 'code'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'moments_tasks',
        columns: [
          col.id(),
          col.int('campaign_id', { isNullable: true }),
          col.int('created_by'),
          col.varchar('content_kind', 16),
          col.int('content_id'),
          col.int('version_id'),
          col.int('variant_id', { isNullable: true }),
          col.int('approver_id', { isNullable: true }),
          col.text('text', { isNullable: true }),
          col.longText(q, 'sender_userids'),
          col.int('sender_count', { default: 0 }),
          col.varchar('status', 16),
          col.varchar('idempotency_key', 191),
          col.varchar('link_token', 32, { isNullable: true }),
          col.varchar('jobid', 128, { isNullable: true }),
          col.varchar('moment_id', 128, { isNullable: true }),
          col.text('invalid_senders', { isNullable: true }),
          col.int('errcode', { isNullable: true }),
          col.varchar('errmsg', 500, { isNullable: true }),
          col.int('polls', { default: 0 }),
          col.datetime('submitting_at', { isNullable: true }),
          col.datetime('submitted_at', { isNullable: true }),
          col.datetime('completed_at', { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [idx('uq_moments_tasks_idempotency', ['idempotency_key'], true), idx('ix_moments_tasks_creator', ['created_by', 'id']), idx('ix_moments_tasks_campaign', ['campaign_id'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('moments_tasks');
    await q.dropTable('campaign_exclusions');
    await q.dropTable('campaign_tasks');
    await q.dropTable('campaigns');
    await q.dropIndex('tracked_links', 'ix_tracked_links_task');
    await q.dropColumns('tracked_links', ['campaign_id', 'task_id']);
    await q.changeColumn('tracked_links', 'send_id', new TableColumn(col.int('send_id')));
    await q.dropIndex('sends', 'ix_sends_task');
    await q.dropIndex('sends', 'uq_sends_campaign_client');
    await q.dropColumn('sends', 'fail_reason');
  }
}
