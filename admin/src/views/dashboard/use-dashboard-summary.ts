import { dashboardApi } from '@/api/dashboard';
import { useAsyncData } from '@/utils/use-async-data';

export function useDashboardSummary() {
  const summary = useAsyncData(dashboardApi.summary);
  void summary.load();
  return summary;
}
