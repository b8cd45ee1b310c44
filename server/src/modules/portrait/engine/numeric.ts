export const DAY_MS = 86_400_000;
/** A month is counted as 30 days throughout the engine so "per month" rates are comparable across windows. */
export const DAYS_PER_MONTH = 30;

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Maps x linearly from [lo, hi] onto [0, 1], clamped. lo > hi inverts the direction. */
export function unitScale(x: number, lo: number, hi: number): number {
  if (hi === lo) return x >= hi ? 1 : 0;
  return clamp((x - lo) / (hi - lo), 0, 1);
}

/** Rounds for evidence display; engine decisions use the unrounded numbers. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/** True when `time` lies in the window (asOf − days, asOf]. */
export function withinDays(time: number, asOf: number, days: number): boolean {
  return time <= asOf && time > asOf - days * DAY_MS;
}

export function daysBetween(from: number, to: number): number {
  return (to - from) / DAY_MS;
}

/** Percentile (0–100) of x within an ascending list of reference quantiles spaced evenly from 0 % to 100 %. */
export function percentileOf(x: number, quantiles: readonly number[]): number {
  const n = quantiles.length;
  if (n === 0) return 50;
  const first = quantiles[0] ?? 0;
  const last = quantiles[n - 1] ?? 0;
  if (n === 1 || x <= first) return x <= first ? 0 : 100;
  if (x >= last) return 100;
  for (let i = 1; i < n; i++) {
    const hi = quantiles[i] ?? 0;
    if (x <= hi) {
      const lo = quantiles[i - 1] ?? 0;
      const within = hi === lo ? 1 : (x - lo) / (hi - lo);
      return ((i - 1 + within) / (n - 1)) * 100;
    }
  }
  return 100;
}
