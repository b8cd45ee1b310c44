import { DAY_MS } from './numeric.js';

/** Index of the first element of the ascending list strictly greater than `t`. */
function firstIndexAfter(sortedTimes: readonly number[], t: number): number {
  let lo = 0;
  let hi = sortedTimes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sortedTimes[mid] ?? 0) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether any time in the ascending list lies in (from, from + days]. */
export function hasTimeWithin(sortedTimes: readonly number[], from: number, days: number): boolean {
  const next = sortedTimes[firstIndexAfter(sortedTimes, from)];
  return next !== undefined && next <= from + days * DAY_MS;
}
