import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../../../database/columns.js';

const idx = (name: string, columnNames: string[], isUnique = false): TableIndex => new TableIndex({ name, columnNames, isUnique });
const counters = (...names: string[]) => names.map((name) => col.int(name, { default: 0 }));
/** The counters of metrics/window-stats.ts STAT_COLUMNS (spelled out: a migration never changes with the code). */
const statColumns = () => [
  ...counters('clients_eod', 'new_clients', 'lost_clients'),
  ...counters('sends_chat', 'sends_mass', 'sends_group_mass', 'sends_moments', 'sends_share', 'tasks_assigned', 'tasks_confirmed'),
  ...counters('open_views'),
  col.bigint('dwell_ms_sum', { default: 0 }),
  ...counters('dwell_b0', 'dwell_b1', 'dwell_b2', 'dwell_b3', 'dwell_b4', 'dwell_b5', 'dwell_b6'),
  ...counters('alerts_created', 'alerts_handled'),
  col.bigint('handle_ms_sum', { default: 0 }),
  ...counters('handle_b0', 'handle_b1', 'handle_b2', 'handle_b3', 'handle_b4', 'handle_b5'),
  ...counters('conversions'),
  col.double('net_flow', { default: 0 }),
  ...counters('compliance_flags'),
];

/**
 * The analytics rollups, plus the time indexes the rollup needs on the tables it reads: it scans one
 * day at a time across all advisors, which the existing (staff, time) and (client, time) indexes
 * cannot serve without a full scan at 10M events.
 */
export class Analytics1701000000000 implements MigrationInterface {
  name = 'Analytics1701000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'advisor_daily_stats',
        // Clustered by (staff, day) — InnoDB's primary key, SQLite WITHOUT ROWID — so a range query reads
        // each advisor's days contiguously instead of one random row lookup per day.
        withoutRowid: true,
        columns: [
          col.int('staff_id', { isPrimary: true }),
          col.varchar('day', 10, { isPrimary: true }),
          ...statColumns(),
          col.datetime('computed_at'),
        ],
        indices: [idx('ix_advisor_daily_stats_day', ['day'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'advisor_cumulative_stats',
        withoutRowid: true,
        columns: [col.int('staff_id', { isPrimary: true }), col.varchar('day', 10, { isPrimary: true }), ...statColumns()],
        indices: [idx('ix_advisor_cumulative_stats_day', ['day'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'advisor_daily_reach',
        withoutRowid: true,
        columns: [
          // (staff, kind, day): the range query groups by staff and kind, so it reads in index order (no temp table)
          col.int('staff_id', { isPrimary: true }),
          col.varchar('kind', 8, { isPrimary: true }),
          col.varchar('day', 10, { isPrimary: true }),
          // '' = never reached before: sorts below every date, so "prev_day < from" needs no NULL case
          col.varchar('prev_day', 10, { isPrimary: true }),
          col.int('clients'),
        ],
        indices: [idx('ix_advisor_daily_reach_day', ['day'])],
      }),
    );
    await q.createIndex('sends', idx('ix_sends_sent_at', ['sent_at']));
    await q.createIndex('link_views', idx('ix_link_views_first_seen', ['first_seen_at']));
    await q.createIndex('behaviour_events', idx('ix_behaviour_events_name_time', ['name', 'time']));
    await q.createIndex('cash_flows', idx('ix_cash_flows_time', ['time']));
    await q.createIndex('alerts', idx('ix_alerts_created', ['created_at']));
    await q.createIndex('campaign_tasks', idx('ix_campaign_tasks_submitted', ['submitted_at']));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('campaign_tasks', 'ix_campaign_tasks_submitted');
    await q.dropIndex('alerts', 'ix_alerts_created');
    await q.dropIndex('cash_flows', 'ix_cash_flows_time');
    await q.dropIndex('behaviour_events', 'ix_behaviour_events_name_time');
    await q.dropIndex('link_views', 'ix_link_views_first_seen');
    await q.dropIndex('sends', 'ix_sends_sent_at');
    await q.dropTable('advisor_daily_reach');
    await q.dropTable('advisor_cumulative_stats');
    await q.dropTable('advisor_daily_stats');
  }
}
