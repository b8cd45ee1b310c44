import { reactive, type UnwrapRef } from 'vue';
import { useAsyncData } from './use-async-data';

export const PAGE_SIZES = [20, 50, 100] as const;

export interface PageQuery {
  page: number;
  pageSize: number;
}

/**
 * One server-paged list: filters, page and page size all travel to the server. Changing a filter goes back to the
 * first page; the HTTP client already toasts failures, so callers only render the `failed` state.
 */
export function usePagedList<Q extends PageQuery, R>(initial: Q, fetcher: (query: Q) => Promise<R>) {
  const query = reactive({ ...initial });
  const list = useAsyncData(() => fetcher({ ...(query as UnwrapRef<Q>) } as Q));

  function search(): Promise<void> {
    query.page = 1;
    return list.load();
  }

  return {
    ...list,
    query,
    search,
    changePage(page: number) {
      query.page = page;
      return list.load();
    },
    changePageSize(pageSize: number) {
      query.pageSize = pageSize;
      return search();
    },
  };
}
