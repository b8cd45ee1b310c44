import { computed } from 'vue';
import { wecomApi } from '@/api/wecom';
import { useAsyncData } from '@/utils/use-async-data';

export function useSelfCheck() {
  const report = useAsyncData(wecomApi.selfCheck);
  const checks = computed(() => report.data.value?.checks ?? []);
  const passedCount = computed(() => checks.value.filter((check) => check.ok).length);
  /** Failing checks first: they are what the administrator came here to fix. */
  const orderedChecks = computed(() => [...checks.value].sort((a, b) => Number(a.ok) - Number(b.ok)));
  void report.load();
  return { ...report, checks, orderedChecks, passedCount };
}
