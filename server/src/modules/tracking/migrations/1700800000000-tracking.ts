import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col, isMysql } from '../../../database/columns.js';

/**
 * link_views: one row per (tracked link, viewer) — the first viewer is the client, later ones are forwards.
 * link_events: the rarer discrete actions (opens, product clicks, shares); heartbeats only update link_views.
 */
export class Tracking1700800000000 implements MigrationInterface {
  name = 'Tracking1700800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'link_views',
        columns: [
          col.id(),
          col.varchar('token', 32),
          col.varchar('viewer_id', 32),
          col.int('client_id', { isNullable: true }),
          col.int('staff_id'),
          col.int('version_id'),
          col.bool('is_forward', false),
          col.varchar('ua_class', 16),
          col.datetime('first_seen_at'),
          col.datetime('last_seen_at'),
          col.int('dwell_ms', { default: 0 }),
          col.int('max_scroll_pct', { default: 0 }),
          col.int('clicks', { default: 0 }),
          col.int('shares', { default: 0 }),
          // The current reading session (one page load): the feed shows one item per session.
          col.varchar('session_id', 24),
          col.datetime('session_started_at'),
          col.int('session_dwell_ms', { default: 0 }),
        ],
        indices: [
          new TableIndex({ name: 'uq_link_views_token_viewer', columnNames: ['token', 'viewer_id'], isUnique: true }),
          new TableIndex({ name: 'ix_link_views_client_seen', columnNames: ['client_id', 'last_seen_at'] }),
          new TableIndex({ name: 'ix_link_views_staff_first', columnNames: ['staff_id', 'first_seen_at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'link_events',
        columns: [
          { ...col.id(), type: isMysql(q) ? 'bigint' : 'integer' },
          col.varchar('token', 32),
          col.varchar('viewer_id', 32),
          col.varchar('session_id', 24),
          col.varchar('type', 16),
          col.datetime('at'),
          col.text('data', { isNullable: true }),
        ],
        indices: [new TableIndex({ name: 'ix_link_events_token_viewer_at', columnNames: ['token', 'viewer_id', 'at'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('link_events');
    await q.dropTable('link_views');
  }
}
