/** One column per bucket of DWELL_EDGES_MS / HANDLE_EDGES_MS (edges + 1; window-stats.spec.ts checks). */
export const DWELL_COLUMNS = ['dwell_b0', 'dwell_b1', 'dwell_b2', 'dwell_b3', 'dwell_b4', 'dwell_b5', 'dwell_b6'] as const;
export const HANDLE_COLUMNS = ['handle_b0', 'handle_b1', 'handle_b2', 'handle_b3', 'handle_b4', 'handle_b5'] as const;

/**
 * The additive per-advisor counters of one time window, named as the advisor_daily_stats columns:
 * a day's row is one window, a range is the sum of its days. `clients_eod` is the exception — a
 * snapshot (active follows at the end of the window), taken from the last day of a range, never summed.
 */
export const STAT_COLUMNS = [
  'clients_eod',
  'new_clients',
  'lost_clients',
  'sends_chat',
  'sends_mass',
  'sends_group_mass',
  'sends_moments',
  'sends_share',
  'tasks_assigned',
  'tasks_confirmed',
  'open_views',
  'dwell_ms_sum',
  ...DWELL_COLUMNS,
  'alerts_created',
  'alerts_handled',
  'handle_ms_sum',
  ...HANDLE_COLUMNS,
  'conversions',
  'net_flow',
  'compliance_flags',
] as const;
export type StatColumn = (typeof STAT_COLUMNS)[number];
export type AdditiveStats = Record<StatColumn, number>;

/** Distinct clients are not additive over days: the range query derives them from advisor_daily_reach. */
export interface DistinctStats {
  contactedClients: number;
  openedClients: number;
}

export type WindowStats = AdditiveStats & DistinctStats;

export function emptyStats(): WindowStats {
  const stats = Object.fromEntries(STAT_COLUMNS.map((column) => [column, 0])) as AdditiveStats;
  return { ...stats, contactedClients: 0, openedClients: 0 };
}

/** Field-wise sum (advisors into a branch or a total; days into a range when the caller handles clients_eod). */
export function addInto(target: WindowStats, source: Partial<WindowStats>): WindowStats {
  for (const key of Object.keys(source) as (keyof WindowStats)[]) target[key] += source[key] ?? 0;
  return target;
}

export const histogram = (stats: AdditiveStats, columns: readonly StatColumn[]): number[] => columns.map((column) => stats[column]);
