import type { AdvisorMetrics, DayRange, MetricKey, SortOrder } from '@/api/analytics.types';

const DAY_MS = 86_400_000;
/** Analytics days are Beijing-time calendar days (server analytics/metrics/days.ts). */
const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `2026-11-21` for an instant, in Beijing time. */
export function shanghaiDate(at: Date): string {
  return shanghaiDay.format(at);
}

/** The `days` whole days up to and including today (Beijing time): the server's own default is 30. */
export function lastDays(now: Date, days: number): DayRange {
  return { from: shanghaiDate(new Date(now.getTime() - (days - 1) * DAY_MS)), to: shanghaiDate(now) };
}

/** What el-table reports on a header click. */
export interface TableSort {
  prop: string | null;
  order: 'ascending' | 'descending' | null;
}

export interface ServerSort {
  sort: MetricKey | 'name';
  order: SortOrder;
}

/** The ranking the page opens with, and falls back to when a column's sort is cleared (server default). */
export const DEFAULT_SORT: ServerSort = { sort: 'sendsTotal', order: 'desc' };

/** Maps a column sort (`metrics.coverage`, `name`) to the server's `sort`/`order`; a cleared sort restores the default. */
export function toServerSort({ prop, order }: TableSort): ServerSort {
  if (!prop || !order) return DEFAULT_SORT;
  const key = prop.startsWith('metrics.') ? prop.slice('metrics.'.length) : prop;
  return { sort: key as ServerSort['sort'], order: order === 'ascending' ? 'asc' : 'desc' };
}

/** Position in the whole ranking, not just this page. */
export function rankOf(page: number, pageSize: number, indexOnPage: number): number {
  return (page - 1) * pageSize + indexOnPage + 1;
}

const NONE = '—';
const countFormat = new Intl.NumberFormat('zh-CN');
const moneyFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });

/** `42.5%` from a 0–1 rate; "—" when the server had no denominator. */
export function formatRate(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return NONE;
  return `${(Math.round(rate * 1000) / 10).toString()}%`;
}

/** `95 秒` / `3 分 20 秒`. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return NONE;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} 秒`;
  const rest = whole % 60;
  return rest === 0 ? `${Math.floor(whole / 60)} 分` : `${Math.floor(whole / 60)} 分 ${rest} 秒`;
}

export function formatHours(hours: number | null): string {
  if (hours === null) return NONE;
  return `${Math.round(hours * 10) / 10} 小时`;
}

/** Net flow in yuan with a sign, so outflows stand out: `+12,000` / `-3,500`. */
export function formatNetFlow(yuan: number): string {
  const text = moneyFormat.format(Math.abs(yuan));
  return yuan > 0 ? `+${text}` : yuan < 0 ? `-${text}` : '0';
}

/** How each metric column renders one value. */
export function formatMetric(key: MetricKey, metrics: AdvisorMetrics): string {
  const value = metrics[key];
  switch (key) {
    case 'coverage':
    case 'confirmationRate':
    case 'handledWithin24hRate':
      return formatRate(value);
    case 'avgDwellSec':
    case 'medianDwellSec':
      return formatSeconds(value);
    case 'medianHandleHours':
      return formatHours(value);
    case 'netFlow':
      return formatNetFlow(value ?? 0);
    default:
      return value === null ? NONE : countFormat.format(value);
  }
}

/**
 * The totals row of a metrics table: the label under the first column, each metric column's total formatted like
 * its cells, blanks elsewhere. Totals come from the server (rates recomputed over the sums), never from adding up
 * the rows on screen.
 */
export function totalsSummary(columns: readonly { property?: string }[], totals: AdvisorMetrics | null | undefined, label: string): string[] {
  return columns.map((column, index) => {
    if (index === 0) return label;
    const property = column.property ?? '';
    if (!totals || !property.startsWith('metrics.')) return '';
    return formatMetric(property.slice('metrics.'.length) as MetricKey, totals);
  });
}
