import type { CampaignProgress, CampaignStatus } from '@/api/outreach.types';

/** Statuses in which the server is still moving the campaign along (worth polling). */
export const ACTIVE_STATUSES: readonly CampaignStatus[] = ['scheduled', 'planning', 'fanning_out', 'running'];
export const CANCELLABLE_STATUSES: readonly CampaignStatus[] = ['draft', 'scheduled', 'planning', 'fanning_out', 'running'];

export function campaignStatusType(status: CampaignStatus): 'info' | 'warning' | 'success' | 'danger' | 'primary' {
  if (status === 'completed') return 'success';
  if (status === 'failed') return 'danger';
  if (status === 'cancelled' || status === 'draft') return 'info';
  if (status === 'scheduled') return 'warning';
  return 'primary';
}

export interface FunnelStage {
  key: 'assigned' | 'confirmed' | 'delivered' | 'opened' | 'converted';
  value: number;
}

/**
 * assigned → confirmed → delivered → opened → converted. Opens and conversions come from link tracking and are null
 * until the tracking module reports them; they show as 0 rather than disappearing, so the funnel keeps its shape.
 */
export function funnelStages(progress: CampaignProgress): FunnelStage[] {
  return [
    { key: 'assigned', value: progress.assigned },
    { key: 'confirmed', value: progress.confirmed },
    { key: 'delivered', value: progress.delivered },
    { key: 'opened', value: progress.opened ?? 0 },
    { key: 'converted', value: progress.converted ?? 0 },
  ];
}

/** Share of assigned clients whose message has been settled (delivered, failed or cancelled), 0–100. */
export function settledPercent(progress: CampaignProgress): number {
  if (progress.assigned === 0) return 0;
  const settled = progress.delivered + progress.failed + progress.cancelled;
  return Math.min(100, Math.round((settled / progress.assigned) * 100));
}
