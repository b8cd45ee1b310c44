import { computed, ref, shallowRef, type ComputedRef, type Ref } from 'vue';
import { fetchAlerts, fetchClientAlerts, fetchClientTimeline, fetchFeed } from '@/api/feed';
import type { AlertDto, FeedItemDto, FeedPageDto } from '@/api/feed-types';
import { usePagedList, type PagedList } from '@/composables/use-paged-list';

export type FeedScope = 'client' | 'mine';

const PAGE_LIMIT = 30;
const toPage = (page: FeedPageDto) => ({ items: page.items, next: page.nextBefore });

export interface FeedLists {
  scope: Ref<FeedScope>;
  timeline: PagedList<FeedItemDto>;
  mine: PagedList<FeedItemDto>;
  active: ComputedRef<PagedList<FeedItemDto>>;
  /** Alerts not yet handled, for the active scope. */
  alerts: ComputedRef<AlertDto[]>;
  loadAlerts(): Promise<void>;
  upsertAlert(alert: AlertDto): void;
  acceptFeedItem(item: FeedItemDto): void;
  /** Fetches the newest page of the active list and the alerts, merging them into what is shown (polling). */
  refreshHead(): Promise<void>;
}

/**
 * The two feeds of the 动态 tab — the current client's timeline and the advisor's whole feed — plus open
 * alerts. Pushed and polled items merge by id (a reading session grows: same id, new text).
 */
export function useFeedLists(clientId: () => number | null): FeedLists {
  const scope = ref<FeedScope>(clientId() !== null ? 'client' : 'mine');
  const timeline = usePagedList<FeedItemDto, string>(async (before, options) => {
    const id = clientId();
    if (id === null) return { items: [], next: null };
    return toPage(await fetchClientTimeline(id, { limit: PAGE_LIMIT, ...(before ? { before } : {}) }, options));
  }, (item) => item.id);
  const mine = usePagedList<FeedItemDto, string>(
    async (before, options) => toPage(await fetchFeed({ limit: PAGE_LIMIT, ...(before ? { before } : {}) }, options)),
    (item) => item.id,
  );
  const active = computed(() => (scope.value === 'client' ? timeline : mine));
  const alertPool = shallowRef<AlertDto[]>([]);
  const alerts = computed(() =>
    alertPool.value
      .filter((alert) => alert.status !== 'handled' && (scope.value === 'mine' || alert.clientId === clientId()))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  );

  function upsertAlert(alert: AlertDto): void {
    alertPool.value = [alert, ...alertPool.value.filter((existing) => existing.id !== alert.id)];
  }

  async function loadAlerts(): Promise<void> {
    const id = clientId();
    const page = scope.value === 'client' && id !== null
      ? await fetchClientAlerts(id, { limit: PAGE_LIMIT }, { toast: false })
      : await fetchAlerts({ limit: PAGE_LIMIT }, { toast: false });
    for (const alert of [...page.items].reverse()) upsertAlert(alert);
  }

  function acceptFeedItem(item: FeedItemDto): void {
    if (mine.loaded.value) mine.upsert(item);
    if (timeline.loaded.value && item.clientId === clientId()) timeline.upsert(item);
  }

  async function refreshHead(): Promise<void> {
    const id = clientId();
    const page = scope.value === 'client' && id !== null
      ? await fetchClientTimeline(id, { limit: PAGE_LIMIT }, { toast: false })
      : await fetchFeed({ limit: PAGE_LIMIT }, { toast: false });
    // Oldest first, so each newer item ends up above it.
    for (const item of [...page.items].reverse()) active.value.upsert(item);
    await loadAlerts().catch(() => undefined);
  }

  return { scope, timeline, mine, active, alerts, loadAlerts, upsertAlert, acceptFeedItem, refreshHead };
}
