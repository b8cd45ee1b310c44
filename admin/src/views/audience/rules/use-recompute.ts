import { onBeforeUnmount, ref } from 'vue';
import { portraitRulesApi } from '@/api/audience';
import { zhCN } from '@/locales/zh-CN';
import { showErrorToast, showSuccessToast } from '@/utils/feedback';

const POLL_MS = 1_500;

/** Starts a full portrait recompute and follows its progress until the job settles. */
export function useRecompute() {
  const progress = ref<{ processed: number; total: number } | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function follow(jobId: string): Promise<void> {
    const status = await portraitRulesApi.recomputeStatus(jobId).catch(() => null);
    if (!status || status.status === 'failed' || status.status === 'dead') {
      progress.value = null;
      showErrorToast(zhCN.audience.rules.recomputeFailed);
      return;
    }
    progress.value = { processed: status.processed, total: status.total };
    if (status.status === 'completed') {
      progress.value = null;
      showSuccessToast(zhCN.audience.rules.recomputed);
      return;
    }
    timer = setTimeout(() => void follow(jobId), POLL_MS);
  }

  async function start(): Promise<void> {
    const started = await portraitRulesApi.recompute().catch(() => null);
    if (!started) return;
    progress.value = { processed: 0, total: 0 };
    await follow(started.jobId);
  }

  onBeforeUnmount(() => clearTimeout(timer));
  return { progress, start };
}
