import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { num } from '../../../database/sql-values.js';
import type { ReachKind } from '../entities/advisor-daily-reach.entity.js';
import type { DayKey } from '../metrics/days.js';
import { type AdditiveStats, STAT_COLUMNS, type WindowStats, addInto, emptyStats } from '../metrics/window-stats.js';
import { additiveOf, cumulativeAsOf } from '../rollup/cumulative.js';
import type { ReachRow } from '../rollup/reach-facts.js';

/**
 * A range of whole days and the day whose end-of-day client count stands for it in trends (min(to, today));
 * rankings take it from the latest running total on or before `to`.
 */
export interface DayRange {
  from: DayKey;
  to: DayKey;
  snapshotDay: DayKey;
}

/** Advisors per query: IN lists this long still plan as one index seek per advisor on both engines. */
const STAFF_CHUNK = 1000;

/** Reads the rollup tables: running totals (plus reach rows) for a ranking, per-day rows for one advisor's trend. */
@Injectable()
export class RollupReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Each advisor's counters over the range: running totals at `to` minus those before `from` (two rows
   * per advisor), and distinct reach summed from the reach rows.
   */
  async statsByStaff(staffIds: readonly number[], range: DayRange): Promise<Map<number, WindowStats>> {
    const byStaff = new Map<number, WindowStats>();
    for (let i = 0; i < staffIds.length; i += STAFF_CHUNK) {
      const chunk = staffIds.slice(i, i + STAFF_CHUNK);
      const [upTo, before, reachRows] = await Promise.all([
        cumulativeAsOf(this.db, range.to, { staffIds: chunk }),
        cumulativeAsOf(this.db, range.from, { staffIds: chunk, before: true }),
        this.sumReach(chunk, range),
      ]);
      for (const [staffId, total] of upTo) byStaff.set(staffId, { ...difference(total, before.get(staffId)), contactedClients: 0, openedClients: 0 });
      for (const row of reachRows) {
        const staffId = num(row.staff_id);
        const stats = byStaff.get(staffId) ?? emptyStats();
        byStaff.set(staffId, stats);
        if (row.kind === 'contact') stats.contactedClients = num(row.clients);
        if (row.kind === 'open') stats.openedClients = num(row.clients);
      }
    }
    return byStaff;
  }

  /** The first reach of each client inside the range is the one whose previous reach lies before it. */
  private sumReach(staffIds: number[], range: DayRange): Promise<Record<string, unknown>[]> {
    return this.inRange('advisor_daily_reach', range, staffIds)
      .select(['a.staff_id AS staff_id', 'a.kind AS kind', 'SUM(a.clients) AS clients'])
      .andWhere('a.prev_day < :from')
      .groupBy('a.staff_id')
      .addGroupBy('a.kind')
      .getRawMany<Record<string, unknown>>();
  }

  /** One advisor's rows per day, for trends. */
  async dailyOf(staffId: number, from: DayKey, to: DayKey): Promise<{ days: Map<DayKey, AdditiveStats>; reach: ReachRow[] }> {
    const range = { from, to, snapshotDay: to };
    const [dayRows, reachRows] = await Promise.all([
      this.inRange('advisor_daily_stats', range, [staffId]).select(['a.day AS day', ...STAT_COLUMNS.map((c) => `a.${c} AS ${c}`)]).getRawMany<Record<string, unknown>>(),
      this.inRange('advisor_daily_reach', range, [staffId])
        .select(['a.kind AS kind', 'a.day AS day', 'a.prev_day AS prev_day', 'a.clients AS clients'])
        .getRawMany<{ kind: ReachKind; day: string; prev_day: string; clients: number | string }>(),
    ]);
    return {
      days: new Map(dayRows.map((row) => [String(row.day), additiveOf(row)])),
      reach: reachRows.map((row) => ({ staffId, kind: row.kind, day: row.day, prevDay: row.prev_day, clients: num(row.clients) })),
    };
  }

  private inRange(table: string, range: DayRange, staffIds: number[]): SelectQueryBuilder<Record<string, unknown>> {
    return this.db
      .createQueryBuilder()
      .from(table, 'a')
      .where('a.staff_id IN (:...staffIds)', { staffIds })
      .andWhere('a.day >= :from AND a.day <= :to', { from: range.from, to: range.to });
  }
}

/** Counters between two running totals; clients_eod is the later snapshot, not a difference. */
function difference(total: AdditiveStats, before: AdditiveStats | undefined): AdditiveStats {
  return Object.fromEntries(STAT_COLUMNS.map((c) => [c, c === 'clients_eod' || !before ? total[c] : total[c] - before[c]])) as AdditiveStats;
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
    if (row.day < range.from || row.day > range.to || row.prevDay >= range.from) continue;
    if (row.kind === 'contact') stats.contactedClients += row.clients;
    else stats.openedClients += row.clients;
  }
  return stats;
}
