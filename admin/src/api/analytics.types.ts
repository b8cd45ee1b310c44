/** Shapes of server/src/modules/analytics/dto (analytics.dto.ts, analytics-query.dto.ts). */

/** Rates are 0–1 and null when there is no denominator; seconds and hours are null without data. */
export interface AdvisorMetrics {
  clients: number;
  newClients: number;
  lostClients: number;
  contactedClients: number;
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
export type SortOrder = 'asc' | 'desc';

/** Whole days (Asia/Shanghai), both ends included: `2026-11-01`. */
export interface DayRange {
  from: string;
  to: string;
}

export interface AdvisorListQuery extends DayRange {
  departmentId?: string;
  sort: MetricKey | 'name';
  order: SortOrder;
  page: number;
  pageSize: number;
}

export interface AdvisorRow {
  staffId: number;
  name: string;
  departmentId: number | null;
  departmentName: string | null;
  metrics: AdvisorMetrics;
}

export interface AdvisorPage extends DayRange {
  items: AdvisorRow[];
  total: number;
  page: number;
  pageSize: number;
  totals: AdvisorMetrics;
}

export type TrendGranularity = 'day' | 'week';

export interface TrendPoint {
  period: string;
  periodEnd: string;
  metrics: AdvisorMetrics;
}

export interface AdvisorTrend extends DayRange {
  staffId: number;
  name: string;
  granularity: TrendGranularity;
  points: TrendPoint[];
}

export interface AdvisorClientsQuery extends DayRange {
  page: number;
  pageSize: number;
}

export interface AdvisorClientRow {
  clientId: number;
  name: string;
  followState: string;
  addTime: string | null;
  sends: number;
  lastContactAt: string | null;
  openViews: number;
  dwellSec: number;
  lastOpenAt: string | null;
  conversions: number;
  netFlow: number;
}

export interface AdvisorClientPage extends DayRange {
  staffId: number;
  items: AdvisorClientRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface BranchRow {
  departmentId: number;
  name: string;
  advisors: number;
  metrics: AdvisorMetrics;
}

export interface BranchRollup extends DayRange {
  parentId: number | null;
  items: BranchRow[];
  totals: AdvisorMetrics;
}
