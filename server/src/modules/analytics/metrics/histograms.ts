/**
 * Fixed-bucket histograms: medians over 90 days × 500 advisors cannot be recomputed from raw rows
 * within the latency budget, but per-day bucket counts add up exactly. The median is then estimated by
 * linear interpolation inside the bucket holding it (as Prometheus' histogram_quantile does), so it is
 * exact to the bucket; averages and "within 24 h" shares stay exact (24 h is a bucket edge).
 */

/** Landing-page dwell (visible time): 5 s, 15 s, 30 s, 1 min, 2 min, 5 min. */
export const DWELL_EDGES_MS = [5_000, 15_000, 30_000, 60_000, 120_000, 300_000] as const;

const HOUR_MS = 3_600_000;
/** Alert created → handled: 1 h, 4 h, 8 h, 24 h, 48 h. */
export const HANDLE_EDGES_MS = [HOUR_MS, 4 * HOUR_MS, 8 * HOUR_MS, 24 * HOUR_MS, 48 * HOUR_MS] as const;
/** Buckets below this index finished within 24 h. */
export const WITHIN_24H_BUCKETS = HANDLE_EDGES_MS.indexOf(24 * HOUR_MS) + 1;

export function bucketOf(value: number, edges: readonly number[]): number {
  const index = edges.findIndex((edge) => value < edge);
  return index === -1 ? edges.length : index;
}

export function histogramOf(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const value of values) counts[bucketOf(value, edges)]! += 1;
  return counts;
}

/**
 * The interpolated median, or null for an empty histogram. In the open-ended last bucket the estimate
 * is its lower edge (a floor: "at least").
 */
export function medianOf(counts: readonly number[], edges: readonly number[]): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const target = total / 2;
  let before = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const count = counts[i] ?? 0;
    if (count > 0 && before + count >= target) {
      const lower = i === 0 ? 0 : edges[i - 1]!;
      const upper = edges[i];
      if (upper === undefined) return lower;
      return lower + ((target - before) / count) * (upper - lower);
    }
    before += count;
  }
  return edges[edges.length - 1] ?? null;
}

/** `SUM(CASE …)` per bucket, for set-based histograms in SQL (column names `${prefix}0…`). */
export function bucketSumsSql(column: string, edges: readonly number[], prefix: string): string[] {
  return Array.from({ length: edges.length + 1 }, (_, i) => {
    const lower = i === 0 ? null : edges[i - 1];
    const upper = edges[i];
    const conditions = [lower === null || lower === undefined ? null : `${column} >= ${lower}`, upper === undefined ? null : `${column} < ${upper}`].filter((c) => c !== null);
    return `SUM(CASE WHEN ${conditions.join(' AND ')} THEN 1 ELSE 0 END) AS ${prefix}${i}`;
  });
}
