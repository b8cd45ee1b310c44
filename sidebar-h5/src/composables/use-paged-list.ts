import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import type { RequestOptions } from '@/api/http';

export interface Page<T, C> {
  items: T[];
  /** Cursor of the next page; null when this was the last. */
  next: C | null;
}

export interface PagedList<T> {
  items: ShallowRef<T[]>;
  /** Bound to van-list's v-model:loading. */
  loading: Ref<boolean>;
  finished: Ref<boolean>;
  /** Bound to van-list's v-model:error: a later page failed, tap to retry. */
  pageError: Ref<boolean>;
  /** The first page failed: the view shows its error state instead of a list. */
  failure: ShallowRef<Error | null>;
  /** The first page has been answered (or failed) at least once. */
  loaded: Ref<boolean>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  /** Puts a pushed item first, or replaces the item with the same key where it is (a live update). */
  upsert(item: T): void;
}

const toError = (cause: unknown) => (cause instanceof Error ? cause : new Error(String(cause)));

/**
 * A list loaded page by page (library pages, feed cursors) for van-list + van-pull-refresh. A reload keeps
 * what is on screen until the new first page arrives; only the latest reload may write.
 */
export function usePagedList<T, C>(
  fetchPage: (cursor: C | null, options: RequestOptions) => Promise<Page<T, C>>,
  keyOf: (item: T) => string | number,
): PagedList<T> {
  const items = shallowRef<T[]>([]);
  const loading = ref(false);
  const finished = ref(false);
  const pageError = ref(false);
  const failure = shallowRef<Error | null>(null);
  const loaded = ref(false);
  let cursor: C | null = null;
  let generation = 0;

  async function load(replace: boolean): Promise<void> {
    const mine = replace ? ++generation : generation;
    loading.value = true;
    try {
      // With nothing on screen the view shows its own error state, so no toast then.
      const page = await fetchPage(replace ? null : cursor, { toast: items.value.length > 0 });
      if (mine !== generation) return;
      if (replace) items.value = page.items;
      else {
        const seen = new Set(items.value.map(keyOf));
        items.value = [...items.value, ...page.items.filter((item) => !seen.has(keyOf(item)))];
      }
      cursor = page.next;
      finished.value = page.next === null;
      pageError.value = false;
      failure.value = null;
    } catch (cause) {
      if (mine !== generation) return;
      if (replace || items.value.length === 0) failure.value = toError(cause);
      else pageError.value = true;
    } finally {
      if (mine === generation) {
        loading.value = false;
        loaded.value = true;
      }
    }
  }

  function upsert(item: T): void {
    const key = keyOf(item);
    const index = items.value.findIndex((existing) => keyOf(existing) === key);
    items.value = index === -1 ? [item, ...items.value] : items.value.map((existing, i) => (i === index ? item : existing));
  }

  return {
    items,
    loading,
    finished,
    pageError,
    failure,
    loaded,
    reload: () => load(true),
    loadMore: () => load(false),
    upsert,
  };
}
