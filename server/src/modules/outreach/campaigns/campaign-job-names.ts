/** Queue job names and payloads of campaigns; every key carries the campaign's random uid. */
export const CAMPAIGN_JOBS = {
  plan: 'campaign.plan',
  submitTask: 'campaign.submit-task',
  syncTask: 'campaign.sync-task',
} as const;

export interface PlanJob {
  campaignUid: string;
  campaignId: number;
}

export interface TaskJob {
  campaignUid: string;
  taskId: number;
}

export interface SyncJob extends TaskJob {
  poll: number;
}

export const planJobKey = (uid: string): string => `campaign:${uid}:plan`;
export const taskJobKey = (uid: string, taskId: number): string => `campaign:${uid}:task:${taskId}`;
