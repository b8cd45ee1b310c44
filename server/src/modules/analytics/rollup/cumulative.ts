import type { DataSource, EntityManager } from 'typeorm';
import { num } from '../../../database/sql-values.js';
import { insertRows } from '../../../database/raw-insert.js';
import { type DayKey, daysBetween } from '../metrics/days.js';
import { type AdditiveStats, STAT_COLUMNS } from '../metrics/window-stats.js';

const ROWS_PER_STATEMENT = 200;
type Db = DataSource | EntityManager;

export function additiveOf(row: Record<string, unknown>): AdditiveStats {
  return Object.fromEntries(STAT_COLUMNS.map((c) => [c, num(row[c] ?? 0) || 0])) as AdditiveStats;
}

const zero = (): AdditiveStats => Object.fromEntries(STAT_COLUMNS.map((c) => [c, 0])) as AdditiveStats;

/**
 * Each advisor's running totals as of `day` (their latest cumulative row on or before it). The MAX per
 * advisor is a loose index scan over the (staff_id, day) primary key; the join then reads one row each.
 */
export async function cumulativeAsOf(db: Db, day: DayKey, options: { staffIds?: readonly number[]; before?: boolean } = {}): Promise<Map<number, AdditiveStats>> {
  const rows = await db
    .createQueryBuilder()
    .select(['c.staff_id AS staff_id', ...STAT_COLUMNS.map((column) => `c.${column} AS ${column}`)])
    .from('advisor_cumulative_stats', 'c')
    .innerJoin(
      (sub) => {
        sub.select(['x.staff_id AS staff_id', 'MAX(x.day) AS day']).from('advisor_cumulative_stats', 'x').where(options.before ? 'x.day < :asOf' : 'x.day <= :asOf', { asOf: day });
        if (options.staffIds) sub.andWhere('x.staff_id IN (:...asOfStaff)', { asOfStaff: options.staffIds });
        return sub.groupBy('x.staff_id');
      },
      'm',
      'm.staff_id = c.staff_id AND m.day = c.day',
    )
    .getRawMany<Record<string, unknown>>();
  return new Map(rows.map((row) => [num(row.staff_id), additiveOf(row)]));
}

/**
 * Rewrites advisor_cumulative_stats from `from` to the last rolled-up day: the totals before `from`
 * plus each later day's row, carried over days without one. Run after any change to daily rows on or
 * after `from`; one transaction, so readers see the old chain or the new one.
 */
export async function rebuildCumulative(db: DataSource, from: DayKey): Promise<number> {
  const latest = await db.createQueryBuilder().select('MAX(d.day)', 'day').from('advisor_daily_stats', 'd').getRawOne<{ day: string | null }>();
  const last = latest?.day && latest.day > from ? latest.day : from;
  const [base, dailyRows] = await Promise.all([
    cumulativeAsOf(db, from, { before: true }),
    db
      .createQueryBuilder()
      .select(['d.staff_id AS staff_id', 'd.day AS day', ...STAT_COLUMNS.map((column) => `d.${column} AS ${column}`)])
      .from('advisor_daily_stats', 'd')
      .where('d.day >= :from AND d.day <= :last', { from, last })
      .getRawMany<Record<string, unknown>>(),
  ]);
  const daily = new Map<number, Map<DayKey, AdditiveStats>>();
  for (const row of dailyRows) {
    const staffId = num(row.staff_id);
    const days = daily.get(staffId) ?? new Map<DayKey, AdditiveStats>();
    days.set(String(row.day), additiveOf(row));
    daily.set(staffId, days);
  }
  const days = daysBetween(from, last);
  const rows: (string | number)[][] = [];
  for (const staffId of new Set([...base.keys(), ...daily.keys()])) {
    const running = { ...(base.get(staffId) ?? zero()) };
    const own = daily.get(staffId);
    let started = base.has(staffId);
    for (const day of days) {
      const today = own?.get(day);
      if (!today && !started) continue;
      started = true;
      for (const column of STAT_COLUMNS) running[column] = column === 'clients_eod' ? (today?.clients_eod ?? 0) : running[column] + (today?.[column] ?? 0);
      rows.push([staffId, day, ...STAT_COLUMNS.map((column) => running[column])]);
    }
  }
  await db.transaction(async (manager) => {
    await manager.createQueryBuilder().delete().from('advisor_cumulative_stats').where('day >= :from', { from }).execute();
    await insertRows(manager, 'advisor_cumulative_stats', ['staff_id', 'day', ...STAT_COLUMNS], rows, ROWS_PER_STATEMENT);
  });
  return rows.length;
}
