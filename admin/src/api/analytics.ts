import { downloadUrl } from '@/utils/query-string';
import { http } from './http';
import type {
  AdvisorClientPage,
  AdvisorClientsQuery,
  AdvisorListQuery,
  AdvisorPage,
  AdvisorTrend,
  BranchRollup,
  DayRange,
  TrendGranularity,
} from './analytics.types';

const id = (value: number) => encodeURIComponent(String(value));

export type AdvisorFilter = Omit<AdvisorListQuery, 'page' | 'pageSize'>;

export const analyticsApi = {
  advisors: (query: AdvisorListQuery) => http.get<AdvisorPage>('/analytics/advisors', { query: { ...query } }),
  /** Same filter and order as the table, every row; a download link, so no page. */
  exportUrl: (filter: AdvisorFilter, format: 'csv' | 'xlsx') => downloadUrl('/analytics/advisors/export', { ...filter, format }),
  trend: (staffId: number, range: DayRange, granularity: TrendGranularity) =>
    http.get<AdvisorTrend>(`/analytics/advisors/${id(staffId)}/trend`, { query: { ...range, granularity } }),
  clients: (staffId: number, query: AdvisorClientsQuery) =>
    http.get<AdvisorClientPage>(`/analytics/advisors/${id(staffId)}/clients`, { query: { ...query } }),
  /** HQ and admins: the direct children of `parentId` (top-level departments without it), rolled up. */
  branches: (range: DayRange, parentId?: string) => http.get<BranchRollup>('/analytics/branches', { query: { ...range, parentId } }),
};
