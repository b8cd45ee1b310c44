import { computed, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { ApiError } from '@/api/api-error';
import type { RequestOptions } from '@/api/http';

export interface Resource<T> {
  data: ShallowRef<T | null>;
  error: ShallowRef<Error | null>;
  loading: Ref<boolean>;
  notFound: ComputedRef<boolean>;
  refresh(): Promise<void>;
}

/**
 * One remote value with loading / error / not-found states. While nothing is on screen the view renders
 * its own error state, so the request asks for no toast; a failed refresh over stale content does toast.
 * Only the latest request may write, so a slow earlier answer never overwrites a newer one.
 */
export function useResource<T>(load: (options: RequestOptions) => Promise<T>, immediate = true): Resource<T> {
  const data = shallowRef<T | null>(null);
  const error = shallowRef<Error | null>(null);
  const loading = ref(false);
  let generation = 0;

  async function refresh(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    try {
      const value = await load({ toast: data.value !== null });
      if (mine !== generation) return;
      data.value = value;
      error.value = null;
    } catch (cause) {
      if (mine !== generation) return;
      error.value = cause instanceof Error ? cause : new Error(String(cause));
      if (error.value instanceof ApiError && error.value.isNotFound) data.value = null;
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  const notFound = computed(() => error.value instanceof ApiError && error.value.isNotFound);
  if (immediate) void refresh();
  return { data, error, loading, notFound, refresh };
}
