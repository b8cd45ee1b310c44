import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { num } from '../../portrait/loading/sql-values.js';
import type { ReachKind } from '../entities/advisor-daily-reach.entity.js';
import type { DayKey } from '../metrics/days.js';
import { type AdditiveStats, STAT_COLUMNS, type WindowStats, addInto, emptyStats } from '../metrics/window-stats.js';
import type { ReachRow } from '../rollup/reach-facts.js';

/** A range of whole days and the day whose end-of-day client count stands for the range (min(to, today)). */
export interface DayRange {
  from: DayKey;
  to: DayKey;
  snapshotDay: DayKey;
}

/** Above this many advisors an IN list costs more than reading every advisor's rows and filtering. */
const MAX_IN_LIST = 2000;

/** Reads the rollup tables: one GROUP BY for a ranking, per-day rows for one advisor's trend. */
@Injectable()
export class RollupReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async statsByStaff(staffIds: number[] | 'all', range: DayRange): Promise<Map<number, WindowStats>> {
    const filter = staffIds !== 'all' && staffIds.length <= MAX_IN_LIST ? staffIds : null;
    if (filter && filter.length === 0) return new Map();
    const sums = STAT_COLUMNS.map((c) => (c === 'clients_eod' ? `SUM(CASE WHEN a.day = :snapshotDay THEN a.clients_eod ELSE 0 END) AS clients_eod` : `SUM(a.${c}) AS ${c}`));
    const statsQuery = this.inRange('advisor_daily_stats', range, filter).select('a.staff_id', 'staff_id').addSelect(sums).setParameter('snapshotDay', range.snapshotDay).groupBy('a.staff_id');
    const reachQuery = this.inRange('advisor_daily_reach', range, filter)
      .select(['a.staff_id AS staff_id', 'a.kind AS kind', 'SUM(a.clients) AS clients'])
      .andWhere('(a.prev_day IS NULL OR a.prev_day < :from)')
      .groupBy('a.staff_id')
      .addGroupBy('a.kind');
    const [statRows, reachRows] = await Promise.all([statsQuery.getRawMany<Record<string, unknown>>(), reachQuery.getRawMany<Record<string, unknown>>()]);
    const wanted = staffIds === 'all' ? null : new Set(staffIds);
    const byStaff = new Map<number, WindowStats>();
    for (const row of statRows) {
      const staffId = num(row.staff_id);
      if (!wanted || wanted.has(staffId)) byStaff.set(staffId, { ...additiveOf(row), contactedClients: 0, openedClients: 0 });
    }
    for (const row of reachRows) {
      const staffId = num(row.staff_id);
      if (wanted && !wanted.has(staffId)) continue;
      const stats = byStaff.get(staffId) ?? emptyStats();
      byStaff.set(staffId, stats);
      if (row.kind === 'contact') stats.contactedClients = num(row.clients);
      if (row.kind === 'open') stats.openedClients = num(row.clients);
    }
    return byStaff;
  }

  /** One advisor's rows per day, for trends. */
  async dailyOf(staffId: number, from: DayKey, to: DayKey): Promise<{ days: Map<DayKey, AdditiveStats>; reach: ReachRow[] }> {
    const range = { from, to, snapshotDay: to };
    const [dayRows, reachRows] = await Promise.all([
      this.inRange('advisor_daily_stats', range, [staffId]).select(['a.day AS day', ...STAT_COLUMNS.map((c) => `a.${c} AS ${c}`)]).getRawMany<Record<string, unknown>>(),
      this.inRange('advisor_daily_reach', range, [staffId])
        .select(['a.kind AS kind', 'a.day AS day', 'a.prev_day AS prev_day', 'a.clients AS clients'])
        .getRawMany<{ kind: ReachKind; day: string; prev_day: string | null; clients: number | string }>(),
    ]);
    return {
      days: new Map(dayRows.map((row) => [String(row.day), additiveOf(row)])),
      reach: reachRows.map((row) => ({ staffId, kind: row.kind, day: row.day, prevDay: row.prev_day, clients: num(row.clients) })),
    };
  }

  private inRange(table: string, range: DayRange, staffIds: number[] | null): SelectQueryBuilder<Record<string, unknown>> {
    const qb = this.db.createQueryBuilder().from(table, 'a').where('a.day >= :from AND a.day <= :to', { from: range.from, to: range.to });
    return staffIds ? qb.andWhere('a.staff_id IN (:...staffIds)', { staffIds }) : qb;
  }
}

function additiveOf(row: Record<string, unknown>): AdditiveStats {
  return Object.fromEntries(STAT_COLUMNS.map((c) => [c, num(row[c] ?? 0) || 0])) as AdditiveStats;
}

/**
 * Counters of a sub-range from one advisor's daily rows: sums of the days, the client count of
 * `snapshotDay`, and distinct reach via the prev_day rule (AdvisorDailyReach).
 */
export function statsOfDays(days: Map<DayKey, AdditiveStats>, reach: readonly ReachRow[], range: DayRange): WindowStats {
  const stats = emptyStats();
  for (const [day, row] of days) {
    if (day < range.from || day > range.to) continue;
    const { clients_eod: clientsEod, ...additive } = row;
    addInto(stats, additive);
    if (day === range.snapshotDay) stats.clients_eod = clientsEod;
  }
  for (const row of reach) {
    if (row.day < range.from || row.day > range.to || (row.prevDay !== null && row.prevDay >= range.from)) continue;
    if (row.kind === 'contact') stats.contactedClients += row.clients;
    else stats.openedClients += row.clients;
  }
  return stats;
}
