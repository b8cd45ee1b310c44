import type { ContentKind } from './library.types';
import type { SegmentFilter } from './audience.types';

/* Campaigns, dead jobs and API keys, mirroring server outreach/campaigns, outreach/jobs and api-keys DTOs. */

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'planning', 'fanning_out', 'running', 'completed', 'cancelled', 'failed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export type CampaignChannel = 'mass' | 'group_mass' | 'moments';

/** Exactly one of: everyone in scope, a filter, a saved segment, or named clients. */
export type CampaignAudience =
  | { all: true }
  | { segmentFilter: SegmentFilter }
  | { segmentId: number }
  | { clientIds: number[] };

export interface CampaignInput {
  name: string;
  activityId?: number;
  contentKind: ContentKind;
  contentId: number;
  variantId?: number;
  channel: CampaignChannel;
  audience: CampaignAudience;
  runAt?: string;
}

export interface Campaign {
  id: number;
  name: string;
  origin: 'hq' | 'advisor';
  activityId: number | null;
  contentKind: ContentKind;
  contentId: number;
  variantId: number | null;
  versionId: number | null;
  approverId: number | null;
  channel: CampaignChannel;
  audience: Record<string, unknown>;
  runAt: string | null;
  status: CampaignStatus;
  failureCode: string | null;
  failureReason: string | null;
  eligibleCount: number;
  excludedCount: number;
  taskCount: number;
  createdBy: number;
  createdAt: string;
  launchedAt: string | null;
  completedAt: string | null;
}

export interface CampaignProgress {
  assigned: number;
  pendingConfirm: number;
  confirmed: number;
  delivered: number;
  failed: number;
  cancelled: number;
  tasksByStatus: Record<string, number>;
  opened: number | null;
  converted: number | null;
}

export interface CampaignDetail extends Campaign {
  progress: CampaignProgress;
}

export interface CampaignPage {
  total: number;
  page: number;
  pageSize: number;
  items: Campaign[];
}

export interface Exclusion {
  clientId: number;
  clientName: string;
  staffId: number | null;
  code: string;
  reasonZh: string;
}

export interface ExclusionReport {
  total: number;
  countsByCode: Record<string, number>;
  page: number;
  pageSize: number;
  items: Exclusion[];
}

export interface AdvisorBreakdown {
  staffId: number;
  staffName: string;
  tasks: number;
  tasksByStatus: Record<string, number>;
  assigned: number;
  delivered: number;
  failed: number;
  reminders: number;
}

export interface RemindReport {
  reminded: number[];
  skipped: { taskId: number; reasonZh: string }[];
}

export interface DeadJob {
  id: string;
  name: string;
  state: string;
  attempts: number;
  payload: Record<string, unknown>;
  error?: string;
  createdAt: string;
}

export interface ApiKey {
  id: number;
  name: string;
  prefix: string;
  scope: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey extends ApiKey {
  /** The key in clear: shown only in this response. */
  key: string;
}
