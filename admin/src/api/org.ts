import { http } from './http';
import type { Department, OrgSyncJob, Page, StaffMember, StaffQuery } from './types';

export const orgApi = {
  departments: () => http.get<Department[]>('/org/departments'),
  staff: (query: StaffQuery) => http.get<Page<StaffMember>>('/org/staff', { query: { ...query } }),
  startSync: () => http.post<{ jobId: string }>('/org/sync'),
  syncJob: (jobId: string) => http.get<OrgSyncJob>(`/org/sync/${encodeURIComponent(jobId)}`),
};
