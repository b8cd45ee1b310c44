import { num } from '../../../database/sql-values.js';
import type { AdditiveStats } from '../metrics/window-stats.js';

/** One advisor's share of some counters of a window, as a fact query reports it. */
export interface StaffStats {
  staffId: number;
  stats: Partial<AdditiveStats>;
}

/** Turns raw GROUP BY rows (`staff_id` + the named sums; DECIMAL/BIGINT arrive as text on MySQL) into StaffStats. */
export function staffStatsOf<C extends keyof AdditiveStats>(rows: Record<string, unknown>[], columns: readonly C[]): StaffStats[] {
  return rows
    .filter((row) => row.staff_id !== null && row.staff_id !== undefined)
    .map((row) => ({
      staffId: num(row.staff_id),
      stats: Object.fromEntries(columns.map((column) => [column, num(row[column] ?? 0) || 0])) as Partial<AdditiveStats>,
    }));
}
