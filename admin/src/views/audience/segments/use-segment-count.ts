import { ref, watch, type Ref } from 'vue';
import { segmentsApi } from '@/api/audience';
import type { SegmentFilter } from '@/api/audience.types';
import { ApiError } from '@/api/api-error';

const DEBOUNCE_MS = 350;

/**
 * The live audience size of a filter while it is being edited: debounced, and each new filter aborts the request for
 * the previous one, so a slow answer never overwrites a newer count.
 */
export function useSegmentCount(filter: Ref<SegmentFilter | null>) {
  const count = ref<number | null>(null);
  const counting = ref(false);
  const invalid = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | undefined;

  async function run(current: SegmentFilter): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    counting.value = true;
    try {
      const answer = await segmentsApi.count(current, controller.signal);
      count.value = answer.count;
      invalid.value = null;
    } catch (error) {
      if (controller.signal.aborted) return;
      count.value = null;
      invalid.value = error instanceof ApiError ? error.message || error.code : null;
    } finally {
      if (inFlight === controller) counting.value = false;
    }
  }

  watch(
    () => JSON.stringify(filter.value),
    () => {
      clearTimeout(timer);
      const current = filter.value;
      if (!current) {
        inFlight?.abort();
        count.value = null;
        counting.value = false;
        return;
      }
      timer = setTimeout(() => void run(current), DEBOUNCE_MS);
    },
    { immediate: true },
  );

  return { count, counting, invalid };
}
