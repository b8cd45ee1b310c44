import { validationFailed } from '../../../common/errors/app-error.js';
import { addDays, type DayKey, dayStart, isDayKey } from '../metrics/days.js';
import type { DayRange } from './rollup-reader.js';

export const MAX_RANGE_DAYS = 366;
const DEFAULT_RANGE_DAYS = 30;

/**
 * A query's day range: defaults to the 30 days up to today, at most a year. Client counts are the
 * end-of-day snapshot of `to`, or of today while the range is still running.
 */
export function resolveRange(query: { from?: string; to?: string }, today: DayKey): DayRange {
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, 1 - DEFAULT_RANGE_DAYS);
  if (!isDayKey(from) || !isDayKey(to)) throw validationFailed({ from, to }, '日期格式应为 YYYY-MM-DD');
  if (from > to) throw validationFailed({ from, to }, '开始日期不能晚于结束日期');
  if (Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / 86_400_000) + 1 > MAX_RANGE_DAYS) {
    throw validationFailed({ from, to }, `日期范围不能超过 ${MAX_RANGE_DAYS} 天`);
  }
  return { from, to, snapshotDay: to < today ? to : today };
}
