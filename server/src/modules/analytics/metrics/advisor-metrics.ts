import { DWELL_EDGES_MS, HANDLE_EDGES_MS, WITHIN_24H_BUCKETS, medianOf } from './histograms.js';
import { DWELL_COLUMNS, HANDLE_COLUMNS, histogram, type WindowStats } from './window-stats.js';

/** What a manager reads per advisor (DESIGN §1 manager row), derived from a window's counters. */
export interface AdvisorMetrics {
  clients: number;
  newClients: number;
  lostClients: number;
  contactedClients: number;
  /** contactedClients ÷ clients, capped at 1 (a client contacted and then lost still counts as contacted). */
  coverage: number | null;
  sendsChat: number;
  sendsMass: number;
  sendsGroupMass: number;
  sendsMoments: number;
  sendsShare: number;
  sendsTotal: number;
  massTasksAssigned: number;
  massTasksConfirmed: number;
  confirmationRate: number | null;
  openedClients: number;
  openViews: number;
  avgDwellSec: number | null;
  medianDwellSec: number | null;
  alertsCreated: number;
  alertsHandled: number;
  medianHandleHours: number | null;
  handledWithin24hRate: number | null;
  conversions: number;
  netFlow: number;
  complianceFlags: number;
}

export type MetricKey = keyof AdvisorMetrics;

export const METRIC_KEYS: readonly MetricKey[] = [
  'clients',
  'newClients',
  'lostClients',
  'contactedClients',
  'coverage',
  'sendsChat',
  'sendsMass',
  'sendsGroupMass',
  'sendsMoments',
  'sendsShare',
  'sendsTotal',
  'massTasksAssigned',
  'massTasksConfirmed',
  'confirmationRate',
  'openedClients',
  'openViews',
  'avgDwellSec',
  'medianDwellSec',
  'alertsCreated',
  'alertsHandled',
  'medianHandleHours',
  'handledWithin24hRate',
  'conversions',
  'netFlow',
  'complianceFlags',
];

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const ratio = (part: number, whole: number): number | null => (whole > 0 ? round(part / whole, 4) : null);

export function deriveMetrics(s: WindowStats): AdvisorMetrics {
  const sendsTotal = s.sends_chat + s.sends_mass + s.sends_group_mass + s.sends_moments + s.sends_share;
  const handleHist = histogram(s, HANDLE_COLUMNS);
  const medianDwellMs = medianOf(histogram(s, DWELL_COLUMNS), DWELL_EDGES_MS);
  const medianHandleMs = medianOf(handleHist, HANDLE_EDGES_MS);
  const handledWithin24h = handleHist.slice(0, WITHIN_24H_BUCKETS).reduce((sum, n) => sum + n, 0);
  const coverage = ratio(s.contactedClients, s.clients_eod);
  return {
    clients: s.clients_eod,
    newClients: s.new_clients,
    lostClients: s.lost_clients,
    contactedClients: s.contactedClients,
    coverage: coverage === null ? null : Math.min(1, coverage),
    sendsChat: s.sends_chat,
    sendsMass: s.sends_mass,
    sendsGroupMass: s.sends_group_mass,
    sendsMoments: s.sends_moments,
    sendsShare: s.sends_share,
    sendsTotal,
    massTasksAssigned: s.tasks_assigned,
    massTasksConfirmed: s.tasks_confirmed,
    confirmationRate: ratio(s.tasks_confirmed, s.tasks_assigned),
    openedClients: s.openedClients,
    openViews: s.open_views,
    avgDwellSec: s.open_views > 0 ? round(s.dwell_ms_sum / s.open_views / 1000, 1) : null,
    medianDwellSec: medianDwellMs === null ? null : round(medianDwellMs / 1000, 1),
    alertsCreated: s.alerts_created,
    alertsHandled: s.alerts_handled,
    medianHandleHours: medianHandleMs === null ? null : round(medianHandleMs / 3_600_000, 2),
    handledWithin24hRate: ratio(handledWithin24h, s.alerts_created),
    conversions: s.conversions,
    netFlow: round(s.net_flow, 2),
    complianceFlags: s.compliance_flags,
  };
}

/** Ranking: by one metric, nulls always last, ties by name then id so pages are stable. */
export function compareBy<T extends { metrics: AdvisorMetrics; name: string; id: number }>(key: MetricKey | 'name', order: 'asc' | 'desc'): (a: T, b: T) => number {
  const sign = order === 'asc' ? 1 : -1;
  return (a, b) => {
    if (key === 'name') return sign * a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id;
    const x = a.metrics[key];
    const y = b.metrics[key];
    if (x === null || y === null) return x === y ? a.id - b.id : x === null ? 1 : -1;
    return sign * (x - y) || a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id;
  };
}
