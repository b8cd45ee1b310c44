import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../columns.js';

const idx = (columnNames: string[], isUnique = false, name?: string): TableIndex =>
  new TableIndex({ columnNames, isUnique, name });

export class Foundation1700000000000 implements MigrationInterface {
  name = 'Foundation1700000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'departments',
        columns: [
          col.id(),
          col.int('wecom_id', { isNullable: true }),
          col.varchar('name', 100),
          col.int('parent_id', { isNullable: true }),
          col.varchar('path', 255),
          col.int('sort_order', { default: 0 }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [idx(['wecom_id'], true, 'uq_departments_wecom_id'), idx(['path'], false, 'ix_departments_path')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'staff',
        columns: [
          col.id(),
          col.varchar('wecom_userid', 64, { isNullable: true }),
          col.varchar('username', 64, { isNullable: true }),
          col.varchar('name', 64),
          col.varchar('role', 16),
          col.int('department_id', { isNullable: true }),
          col.varchar('password_hash', 255, { isNullable: true }),
          col.int('failed_logins', { default: 0 }),
          col.datetime('locked_until', { isNullable: true }),
          col.varchar('status', 16, { default: "'active'" }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [
          idx(['wecom_userid'], true, 'uq_staff_wecom_userid'),
          idx(['username'], true, 'uq_staff_username'),
          idx(['department_id'], false, 'ix_staff_department'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          col.int('staff_id'),
          col.varchar('channel', 16),
          col.datetime('expires_at'),
          col.createdAt(q),
        ],
        indices: [idx(['staff_id'], false, 'ix_sessions_staff')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'clients',
        columns: [
          col.id(),
          col.varchar('external_userid', 64, { isNullable: true }),
          col.varchar('unionid', 64, { isNullable: true }),
          col.varchar('name', 64),
          col.varchar('avatar', 512, { isNullable: true }),
          col.varchar('gender', 8, { isNullable: true }),
          col.varchar('age_band', 16, { isNullable: true }),
          col.varchar('occupation', 64, { isNullable: true }),
          col.varchar('customer_no_enc', 255, { isNullable: true }),
          col.varchar('customer_no_hash', 64, { isNullable: true }),
          col.varchar('phone_enc', 255, { isNullable: true }),
          col.varchar('phone_hash', 64, { isNullable: true }),
          col.varchar('id_no_enc', 255, { isNullable: true }),
          col.varchar('risk_level', 2, { isNullable: true }),
          col.datetime('risk_assessed_at', { isNullable: true }),
          col.datetime('risk_expires_at', { isNullable: true }),
          col.varchar('source', 16, { default: "'wecom'" }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [
          idx(['external_userid'], true, 'uq_clients_external_userid'),
          idx(['customer_no_hash'], true, 'uq_clients_customer_no_hash'),
          idx(['unionid'], false, 'ix_clients_unionid'),
          idx(['phone_hash'], false, 'ix_clients_phone_hash'),
          idx(['risk_level'], false, 'ix_clients_risk_level'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'client_follows',
        columns: [
          col.id(),
          col.int('client_id'),
          col.int('staff_id'),
          col.varchar('remark', 128, { isNullable: true }),
          col.datetime('add_time', { isNullable: true }),
          col.varchar('state', 24, { default: "'active'" }),
          col.datetime('state_changed_at', { isNullable: true }),
          col.varchar('add_way_state', 64, { isNullable: true }),
          col.text('tag_ids', { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [
          idx(['client_id', 'staff_id'], true, 'uq_client_follows_pair'),
          idx(['staff_id', 'state', 'client_id'], false, 'ix_client_follows_staff_state'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'wecom_corp_tags',
        columns: [
          { name: 'tag_id', type: 'varchar', length: '64', isPrimary: true },
          col.varchar('group_id', 64),
          col.varchar('group_name', 64),
          col.varchar('name', 64),
          col.int('sort_order', { default: 0 }),
          col.updatedAt(q),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_log',
        columns: [
          col.id(),
          col.int('actor_id', { isNullable: true }),
          col.varchar('actor_role', 16, { isNullable: true }),
          col.varchar('action', 64),
          col.varchar('target_type', 32, { isNullable: true }),
          col.varchar('target_id', 64, { isNullable: true }),
          col.text('details', { isNullable: true }),
          col.varchar('request_id', 64, { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [
          idx(['actor_id', 'created_at'], false, 'ix_audit_actor'),
          idx(['target_type', 'target_id'], false, 'ix_audit_target'),
          idx(['action', 'created_at'], false, 'ix_audit_action'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          col.id(),
          col.varchar('name', 64),
          col.varchar('key_hash', 64),
          col.varchar('prefix', 12),
          col.varchar('scope', 32, { default: "'ingest'" }),
          col.int('created_by', { isNullable: true }),
          col.datetime('last_used_at', { isNullable: true }),
          col.datetime('revoked_at', { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [idx(['key_hash'], true, 'uq_api_keys_hash')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'jobs',
        columns: [
          col.id(),
          col.varchar('queue', 64),
          col.varchar('name', 64),
          col.text('payload'),
          col.varchar('idempotency_key', 191, { isNullable: true }),
          col.varchar('status', 16, { default: "'waiting'" }),
          col.int('attempts', { default: 0 }),
          col.int('max_attempts', { default: 5 }),
          col.datetime('run_at'),
          col.varchar('locked_by', 64, { isNullable: true }),
          col.datetime('locked_until', { isNullable: true }),
          col.text('last_error', { isNullable: true }),
          col.text('result', { isNullable: true }),
          col.datetime('completed_at', { isNullable: true }),
          col.createdAt(q),
          col.updatedAt(q),
        ],
        indices: [
          idx(['idempotency_key'], true, 'uq_jobs_idempotency_key'),
          idx(['queue', 'status', 'run_at'], false, 'ix_jobs_ready'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'wecom_callback_events',
        columns: [
          col.id(),
          col.varchar('dedupe_key', 191),
          col.varchar('event', 64),
          col.varchar('change_type', 64, { isNullable: true }),
          col.text('payload'),
          col.datetime('processed_at', { isNullable: true }),
          col.text('error', { isNullable: true }),
          col.createdAt(q),
        ],
        indices: [idx(['dedupe_key'], true, 'uq_callback_dedupe')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'wecom_callback_events',
      'jobs',
      'api_keys',
      'audit_log',
      'wecom_corp_tags',
      'client_follows',
      'clients',
      'sessions',
      'staff',
      'departments',
    ]) {
      await q.dropTable(table);
    }
  }
}
