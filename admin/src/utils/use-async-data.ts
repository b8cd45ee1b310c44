import { shallowRef, type ShallowRef } from 'vue';

export interface AsyncData<T> {
  data: ShallowRef<T | null>;
  loading: ShallowRef<boolean>;
  failed: ShallowRef<boolean>;
  load: () => Promise<void>;
}

/**
 * Loading/failed/data state for one request. The failure itself is already toasted by the HTTP client; views only
 * need to know that it failed to show a retry state.
 */
export function useAsyncData<T>(fetcher: () => Promise<T>): AsyncData<T> {
  const data = shallowRef<T | null>(null);
  const loading = shallowRef(false);
  const failed = shallowRef(false);
  let latest = 0;

  async function load(): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    failed.value = false;
    try {
      const result = await fetcher();
      if (ticket === latest) data.value = result;
    } catch {
      if (ticket === latest) failed.value = true;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  return { data, loading, failed, load };
}
