import { http } from './http';
import type {
  AdvisorBreakdown,
  ApiKey,
  Campaign,
  CampaignDetail,
  CampaignInput,
  CampaignPage,
  CampaignStatus,
  CreatedApiKey,
  DeadJob,
  ExclusionReport,
  RemindReport,
} from './outreach.types';

const id = (value: number | string) => encodeURIComponent(String(value));

export const campaignsApi = {
  list: (query: { status?: CampaignStatus; page: number; pageSize: number }) =>
    http.get<CampaignPage>('/campaigns', { query: { ...query, origin: 'hq' } }),
  get: (campaignId: number) => http.get<CampaignDetail>(`/campaigns/${id(campaignId)}`),
  create: (input: CampaignInput) => http.post<Campaign>('/campaigns', input),
  /** Checks approval now (CONTENT_NOT_APPROVED at once), then plans at runAt. */
  launch: (campaignId: number) => http.post<Campaign>(`/campaigns/${id(campaignId)}/launch`),
  cancel: (campaignId: number) => http.post<Campaign>(`/campaigns/${id(campaignId)}/cancel`),
  remind: (campaignId: number, taskIds?: number[]) =>
    http.post<RemindReport>(`/campaigns/${id(campaignId)}/remind`, { taskIds }),
  sync: (campaignId: number) => http.post<{ synced: number; waitingForAdvisor: number }>(`/campaigns/${id(campaignId)}/sync`),
  exclusions: (campaignId: number, query: { code?: string; page: number; pageSize: number }) =>
    http.get<ExclusionReport>(`/campaigns/${id(campaignId)}/exclusions`, { query: { ...query } }),
  advisors: (campaignId: number) => http.get<AdvisorBreakdown[]>(`/campaigns/${id(campaignId)}/advisors`),
};

export const jobsApi = {
  dead: () => http.get<DeadJob[]>('/jobs/dead', { query: { limit: 200 } }),
  retry: (jobId: string) => http.post<{ retried: boolean }>(`/jobs/${id(jobId)}/retry`),
};

export const apiKeysApi = {
  list: () => http.get<ApiKey[]>('/api-keys'),
  create: (name: string) => http.post<CreatedApiKey>('/api-keys', { name, scope: 'ingest' }),
  revoke: (keyId: number) => http.delete<void>(`/api-keys/${id(keyId)}`),
};
