import { computed, onScopeDispose, ref } from 'vue';
import { orgApi } from '@/api/org';
import type { JobStatus, OrgSyncResult } from '@/api/types';

export interface OrgSyncOptions {
  /** How long to wait between status polls. */
  intervalMs?: number;
  /** Timer adapter, swapped in tests. */
  wait?: (ms: number) => Promise<void>;
}

const realWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts a WeCom org sync job and polls it until it finishes or the page is left. */
export function useOrgSync(onCompleted: (result: OrgSyncResult | null) => void, options: OrgSyncOptions = {}) {
  const { intervalMs = 2000, wait = realWait } = options;
  const status = ref<JobStatus | 'idle'>('idle');
  const result = ref<OrgSyncResult | null>(null);
  const failureReason = ref<string | null>(null);
  let disposed = false;
  onScopeDispose(() => {
    disposed = true;
  });

  const running = computed(() => status.value === 'waiting' || status.value === 'active');

  async function poll(jobId: string): Promise<void> {
    while (!disposed) {
      const job = await orgApi.syncJob(jobId);
      status.value = job.status;
      if (job.status === 'completed') {
        result.value = job.result ?? null;
        onCompleted(result.value);
        return;
      }
      if (job.status === 'failed') {
        failureReason.value = job.error ?? null;
        return;
      }
      await wait(intervalMs);
    }
  }

  async function start(): Promise<void> {
    if (running.value) return;
    status.value = 'waiting';
    result.value = null;
    failureReason.value = null;
    try {
      const { jobId } = await orgApi.startSync();
      await poll(jobId);
    } catch {
      // The HTTP client has shown the error; return to idle so the user can try again.
      status.value = 'idle';
    }
  }

  return { status, result, failureReason, running, start };
}
