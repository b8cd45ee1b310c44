import type { DataSource } from 'typeorm';
import type { TimeWindow } from '../metrics/days.js';
import type { StatColumn } from '../metrics/window-stats.js';
import { type StaffStats, staffStatsOf } from './stat-rows.js';

/** Sends that reached the client's chat (one-click sends once confirmed, mass sends once WeCom delivered). */
export const REACHED_STATUSES = ['sent', 'delivered'] as const;

const CHANNEL_COLUMNS: Record<string, StatColumn> = {
  chat: 'sends_chat',
  mass: 'sends_mass',
  group_mass: 'sends_group_mass',
  moments: 'sends_moments',
  share: 'sends_share',
};

/**
 * Audit actions that count as a compliance flag against the acting advisor. The send gate answers a
 * refusal to the sidebar without storing it, so only what lands in the audit log can be counted.
 */
export const COMPLIANCE_FLAG_ACTIONS = ['send.blocked', 'send.warned'] as const;

/**
 * Follow relations: active at the end of the window (added before it, and still active or left
 * after it), added inside it, and left inside it. One pass over client_follows.
 */
export async function followFacts(db: DataSource, w: TimeWindow): Promise<StaffStats[]> {
  const rows = await db
    .createQueryBuilder()
    .select('f.staff_id', 'staff_id')
    .addSelect(
      `SUM(CASE WHEN (f.add_time IS NULL OR f.add_time < :end) AND (f.state = 'active' OR f.state_changed_at >= :end) THEN 1 ELSE 0 END)`,
      'clients_eod',
    )
    .addSelect('SUM(CASE WHEN f.add_time >= :start AND f.add_time < :end THEN 1 ELSE 0 END)', 'new_clients')
    .addSelect(`SUM(CASE WHEN f.state <> 'active' AND f.state_changed_at >= :start AND f.state_changed_at < :end THEN 1 ELSE 0 END)`, 'lost_clients')
    .from('client_follows', 'f')
    .setParameters({ start: w.start, end: w.end })
    .groupBy('f.staff_id')
    .getRawMany<Record<string, unknown>>();
  return staffStatsOf(rows, ['clients_eod', 'new_clients', 'lost_clients']);
}

export async function sendFacts(db: DataSource, w: TimeWindow): Promise<StaffStats[]> {
  const rows = await db
    .createQueryBuilder()
    .select('s.staff_id', 'staff_id')
    .addSelect('s.channel', 'channel')
    .addSelect('COUNT(*)', 'sends')
    .from('sends', 's')
    .where('s.sent_at >= :start AND s.sent_at < :end', { start: w.start, end: w.end })
    .andWhere('s.status IN (:...statuses)', { statuses: REACHED_STATUSES })
    .groupBy('s.staff_id')
    .addGroupBy('s.channel')
    .getRawMany<{ staff_id: number | string; channel: string; sends: number | string }>();
  return rows.flatMap((row) => {
    const column = CHANNEL_COLUMNS[row.channel];
    return column ? [{ staffId: Number(row.staff_id), stats: { [column]: Number(row.sends) } }] : [];
  });
}

/** Mass-send tasks handed to the advisor's WeCom in the window, and how many of those they confirmed (so far). */
export async function taskFacts(db: DataSource, w: TimeWindow): Promise<StaffStats[]> {
  const rows = await db
    .createQueryBuilder()
    .select('t.staff_id', 'staff_id')
    .addSelect('COUNT(*)', 'tasks_assigned')
    .addSelect('SUM(CASE WHEN t.confirmed_at IS NOT NULL THEN 1 ELSE 0 END)', 'tasks_confirmed')
    .from('campaign_tasks', 't')
    .where('t.submitted_at >= :start AND t.submitted_at < :end', { start: w.start, end: w.end })
    .groupBy('t.staff_id')
    .getRawMany<Record<string, unknown>>();
  return staffStatsOf(rows, ['tasks_assigned', 'tasks_confirmed']);
}

export async function complianceFlagFacts(db: DataSource, w: TimeWindow): Promise<StaffStats[]> {
  const rows = await db
    .createQueryBuilder()
    .select('a.actor_id', 'staff_id')
    .addSelect('COUNT(*)', 'compliance_flags')
    .from('audit_log', 'a')
    .where('a.action IN (:...actions)', { actions: COMPLIANCE_FLAG_ACTIONS })
    .andWhere('a.created_at >= :start AND a.created_at < :end', { start: w.start, end: w.end })
    .andWhere('a.actor_id IS NOT NULL')
    .groupBy('a.actor_id')
    .getRawMany<Record<string, unknown>>();
  return staffStatsOf(rows, ['compliance_flags']);
}
