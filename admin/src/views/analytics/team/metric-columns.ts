import type { MetricKey } from '@/api/analytics.types';

/** The metrics the ranking table shows, in reading order; the export carries every metric. */
export const RANKING_COLUMNS: readonly { key: MetricKey; width: number }[] = [
  { key: 'clients', width: 90 },
  { key: 'newClients', width: 80 },
  { key: 'lostClients', width: 80 },
  { key: 'coverage', width: 90 },
  { key: 'sendsTotal', width: 100 },
  { key: 'sendsChat', width: 90 },
  { key: 'sendsMass', width: 80 },
  { key: 'confirmationRate', width: 110 },
  { key: 'openedClients', width: 100 },
  { key: 'avgDwellSec', width: 100 },
  { key: 'handledWithin24hRate', width: 130 },
  { key: 'medianHandleHours', width: 130 },
  { key: 'conversions', width: 80 },
  { key: 'netFlow', width: 130 },
  { key: 'complianceFlags', width: 100 },
];

/** The el-table column prop of a metric: rows nest metrics under `metrics`. */
export const metricProp = (key: MetricKey) => `metrics.${key}`;
