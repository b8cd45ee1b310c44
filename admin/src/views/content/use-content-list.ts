import type { Archetype } from '@valuelens/contracts';
import { materialsApi, scriptsApi } from '@/api/library';
import type { ContentKind, ContentVersionStatus, Material, MaterialType, Script } from '@/api/library.types';
import type { Page } from '@/api/types';
import { PAGE_SIZES, usePagedList } from '@/utils/use-paged-list';

export interface ContentListFilters {
  q: string;
  categoryId: number | undefined;
  status: ContentVersionStatus | undefined;
  archetype: Archetype | undefined;
  type: MaterialType | undefined;
  page: number;
  pageSize: number;
}

export type ContentRow = Script | Material;

/** The 话术 or 素材 list: search, category subtree, status, archetype and (materials) type filters, server-paged. */
export function useContentList(kind: ContentKind) {
  const initial: ContentListFilters = {
    q: '',
    categoryId: undefined,
    status: undefined,
    archetype: undefined,
    type: undefined,
    page: 1,
    pageSize: PAGE_SIZES[0],
  };
  return usePagedList(initial, (filters): Promise<Page<ContentRow>> => {
    const query = {
      q: filters.q.trim() || undefined,
      categoryId: filters.categoryId,
      status: filters.status,
      archetype: filters.archetype,
      page: filters.page,
      pageSize: filters.pageSize,
    };
    return kind === 'script' ? scriptsApi.list(query) : materialsApi.list({ ...query, type: filters.type });
  });
}
