import type { Archetype, ProductRiskLevel } from '@valuelens/contracts';
import type { MaterialType } from './portrait-types';

/* Library list shapes as advisors see them (server/src/modules/library/{scripts,materials,categories}). */

export interface StaffRefDto {
  id: number;
  name: string | null;
}

/** The fields of VersionWorkflowDto the sidebar reads; advisors only ever see the approved version. */
export interface ContentVersionDto {
  id: number;
  versionNo: number;
  status: string;
  effectiveStatus: string;
  title: string;
  targetArchetypes: Archetype[];
  framing: string | null;
  riskLevel: ProductRiskLevel | null;
  isProductRelated: boolean;
  tags: string[];
  validUntil: string | null;
  approvedBy: StaffRefDto | null;
  approvedAt: string | null;
}

export interface ScriptVersionDto extends ContentVersionDto {
  scriptId: number;
  body: string;
  productName: string | null;
  variables: string[];
}

export interface ScriptDto {
  id: number;
  categoryId: number | null;
  sentCount: number;
  openedCount: number;
  version: ScriptVersionDto;
}

export interface VariantDto {
  id: number;
  framing: 'gain' | 'loss' | 'neutral';
  title: string;
  summary: string | null;
}

export interface MaterialVersionDto extends ContentVersionDto {
  materialId: number;
  summary: string | null;
  coverKey: string | null;
  linkUrl: string | null;
  productCodes: string[];
  variants: VariantDto[];
}

export interface MaterialDto {
  id: number;
  type: MaterialType;
  categoryId: number | null;
  sentCount: number;
  openedCount: number;
  version: MaterialVersionDto;
}

export interface PageDto<T> {
  items: T[];
  total: number;
}

export interface CategoryDto {
  id: number;
  kind: 'script' | 'material' | 'activity';
  name: string;
  parentId: number | null;
  path: string;
  sortOrder: number;
}

export interface LibraryQuery {
  q?: string;
  categoryId?: number;
  page?: number;
  pageSize?: number;
}
