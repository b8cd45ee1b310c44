import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { nullableEpochMs, num } from '../../../database/sql-values.js';
import type { ReachKind } from '../entities/advisor-daily-reach.entity.js';
import { type DayKey, dayKeyOf, type TimeWindow } from '../metrics/days.js';
import { REACHED_STATUSES } from './activity-facts.js';

/** Where a kind of reach lives: sends that reached a client's chat, or the client's own (non-forward) link views. */
const SOURCES: Record<ReachKind, { table: string; time: string; filter: (alias: string) => string; params: Record<string, unknown> }> = {
  contact: { table: 'sends', time: 'sent_at', filter: (a) => `${a}.status IN (:...statuses)`, params: { statuses: REACHED_STATUSES } },
  open: { table: 'link_views', time: 'first_seen_at', filter: (a) => `${a}.is_forward = :no`, params: { no: false } },
};

/** prev_day of a client this advisor had never reached before (sorts below every day). */
export const NEVER_REACHED = '';

export interface ReachRow {
  staffId: number;
  kind: ReachKind;
  day: DayKey;
  prevDay: DayKey | typeof NEVER_REACHED;
  clients: number;
}

function reachedIn(db: DataSource, kind: ReachKind, w: TimeWindow): SelectQueryBuilder<Record<string, unknown>> {
  const source = SOURCES[kind];
  return db
    .createQueryBuilder()
    .from(source.table, 'r')
    .where(`r.${source.time} >= :start AND r.${source.time} < :end`, { start: w.start, end: w.end })
    .andWhere(source.filter('r'), source.params)
    .andWhere('r.client_id IS NOT NULL');
}

/**
 * One day's reach rows: each (advisor, client) reached that day, grouped by the day that advisor last
 * reached that client before (see AdvisorDailyReach). The correlated MAX uses the (client_id, time) index.
 */
export async function reachRowsOfDay(db: DataSource, kind: ReachKind, day: DayKey, w: TimeWindow): Promise<ReachRow[]> {
  const source = SOURCES[kind];
  const previous = `(SELECT MAX(p.${source.time}) FROM ${source.table} p WHERE p.client_id = r.client_id AND p.staff_id = r.staff_id AND ${source.filter('p')} AND p.${source.time} < :start)`;
  const rows = await reachedIn(db, kind, w)
    .select('r.staff_id', 'staff_id')
    .addSelect('r.client_id', 'client_id')
    .addSelect(previous, 'prev_at')
    .groupBy('r.staff_id')
    .addGroupBy('r.client_id')
    .getRawMany<{ staff_id: number | string; prev_at: unknown }>();
  const counts = new Map<string, ReachRow>();
  for (const row of rows) {
    const prevMs = nullableEpochMs(row.prev_at);
    const prevDay = prevMs === null ? NEVER_REACHED : dayKeyOf(new Date(prevMs));
    const staffId = num(row.staff_id);
    const key = `${staffId}|${prevDay}`;
    const entry = counts.get(key) ?? { staffId, kind, day, prevDay, clients: 0 };
    entry.clients += 1;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** Distinct clients reached per advisor over a whole window, straight from the source table. */
export async function distinctReach(db: DataSource, kind: ReachKind, w: TimeWindow): Promise<Map<number, number>> {
  const rows = await reachedIn(db, kind, w)
    .select('r.staff_id', 'staff_id')
    .addSelect('COUNT(DISTINCT r.client_id)', 'clients')
    .groupBy('r.staff_id')
    .getRawMany<{ staff_id: number | string; clients: number | string }>();
  return new Map(rows.map((row) => [num(row.staff_id), num(row.clients)]));
}
