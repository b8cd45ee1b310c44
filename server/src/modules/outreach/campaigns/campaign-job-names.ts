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

/** Tasks handed to WeCom one after another in one job (each task's state makes it exactly-once on its own). */
export interface TaskBatchJob {
  campaignUid: string;
  taskIds: number[];
}

export interface SyncJob {
  campaignUid: string;
  taskId: number;
  poll: number;
}

export const planJobKey = (uid: string): string => `campaign:${uid}:plan`;
export const taskJobKey = (uid: string, taskId: number): string => `campaign:${uid}:task:${taskId}`;
export const batchJobKey = (uid: string, firstTaskId: number): string => `campaign:${uid}:batch:${firstTaskId}`;
