import { reactive } from 'vue';
import { orgApi } from '@/api/org';
import { useAsyncData } from '@/utils/use-async-data';

export const STAFF_PAGE_SIZES = [20, 50, 100] as const;

/** One server-paged staff list: department filter, keyword, page and page size all travel to the server. */
export function useStaffList() {
  const query = reactive({
    departmentId: undefined as string | undefined,
    keyword: '',
    page: 1,
    pageSize: STAFF_PAGE_SIZES[0] as number,
  });
  const list = useAsyncData(() =>
    orgApi.staff({
      departmentId: query.departmentId,
      q: query.keyword.trim() || undefined,
      page: query.page,
      pageSize: query.pageSize,
    }),
  );

  function reloadFromFirstPage(): Promise<void> {
    query.page = 1;
    return list.load();
  }

  return {
    ...list,
    query,
    selectDepartment(id: string | undefined) {
      query.departmentId = id;
      return reloadFromFirstPage();
    },
    search: reloadFromFirstPage,
    changePage(page: number) {
      query.page = page;
      return list.load();
    },
    changePageSize(pageSize: number) {
      query.pageSize = pageSize;
      return reloadFromFirstPage();
    },
  };
}
