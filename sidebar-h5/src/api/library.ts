import { http, type RequestOptions } from './http';
import type { CategoryDto, LibraryQuery, MaterialDto, PageDto, ScriptDto } from './library-types';

/* Advisors see only approved, unexpired versions (server ContentListQuery). */

export function fetchScripts(query: LibraryQuery, options?: RequestOptions): Promise<PageDto<ScriptDto>> {
  return http.get<PageDto<ScriptDto>>('/api/scripts', { ...options, query: { ...query } });
}

export function fetchMaterials(query: LibraryQuery, options?: RequestOptions): Promise<PageDto<MaterialDto>> {
  return http.get<PageDto<MaterialDto>>('/api/materials', { ...options, query: { ...query } });
}

export function fetchCategories(kind: 'script' | 'material', options?: RequestOptions): Promise<CategoryDto[]> {
  return http.get<CategoryDto[]>('/api/library/categories', { ...options, query: { kind } });
}
