import type { Archetype, ProductRiskLevel } from '@valuelens/contracts';
import type { ScreeningHit } from './compliance.types';

/*
 * Content library shapes, mirroring server/src/modules/library/** response DTOs (dates arrive as ISO strings).
 * They become re-exports of contracts/src/api-types.ts once the library endpoints are in openapi.json.
 */

export const CONTENT_VERSION_STATUSES = ['draft', 'pending', 'approved', 'rejected', 'retired', 'expired'] as const;
export type ContentVersionStatus = (typeof CONTENT_VERSION_STATUSES)[number];

export type ContentKind = 'script' | 'material';
export type CategoryKind = ContentKind | 'activity';

export const MATERIAL_TYPES = ['article', 'link', 'image', 'file', 'video', 'mini_program', 'poster'] as const;
export type MaterialType = (typeof MATERIAL_TYPES)[number];

/** server library.constants.ts CONTENT_NARRATIVES (= the portrait's recommended framings). */
export const CONTENT_NARRATIVES = [
  'safety_margin',
  'excess_return',
  'authority_peer',
  'policy_interpretation',
  'data_evidence',
  'learning_path',
] as const;
export type ContentNarrative = (typeof CONTENT_NARRATIVES)[number];

export const VARIANT_FRAMINGS = ['gain', 'loss', 'neutral'] as const;
export type VariantFraming = (typeof VARIANT_FRAMINGS)[number];

export const LIFECYCLE_STAGES = ['prospect', 'new', 'growing', 'changing', 'churn_risk', 'reactivated'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const DISCLAIMER_CONTENT_TYPES = ['research_report', 'product', 'market_view', 'education', 'activity'] as const;
export type DisclaimerContentType = (typeof DISCLAIMER_CONTENT_TYPES)[number];

export const UPLOAD_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'video/mp4'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

export interface StaffRef {
  id: number;
  name: string | null;
}

/** VersionWorkflowDto: what every script and material version shows, with who did what and when. */
export interface VersionWorkflow {
  id: number;
  versionNo: number;
  status: ContentVersionStatus;
  /** `status`, with an approved version past its validity shown as expired. */
  effectiveStatus: ContentVersionStatus;
  title: string;
  targetArchetypes: Archetype[];
  lifecycleStages: LifecycleStage[];
  framing: ContentNarrative | null;
  riskLevel: ProductRiskLevel | null;
  isProductRelated: boolean;
  tags: string[];
  disclaimerType: DisclaimerContentType | null;
  validFrom: string | null;
  validUntil: string | null;
  screeningHits: ScreeningHit[];
  createdBy: StaffRef;
  createdAt: string;
  submittedBy: StaffRef | null;
  submittedAt: string | null;
  reviewedBy: StaffRef | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  approvedBy: StaffRef | null;
  approvedAt: string | null;
  retiredBy: StaffRef | null;
  retiredAt: string | null;
}

export interface ContentItemBase {
  id: number;
  categoryId: number | null;
  sentCount: number;
  openedCount: number;
  convertedCount: number;
  latestVersionId: number | null;
  approvedVersionId: number | null;
  updatedAt: string;
}

export interface ScriptVersion extends VersionWorkflow {
  scriptId: number;
  body: string;
  productName: string | null;
  variables: string[];
}

export interface Script extends ContentItemBase {
  version: ScriptVersion;
}

export interface ScriptDetail extends Script {
  approvedVersion: ScriptVersion | null;
}

export interface TemplateVariable {
  name: string;
  descriptionZh: string;
  fallback: string;
}

export interface MaterialVariant {
  id: number;
  framing: VariantFraming;
  title: string;
  summary: string | null;
  bodyHtml: string | null;
}

export interface MiniProgram {
  appid: string;
  page: string;
  title: string;
}

export interface MaterialVersion extends VersionWorkflow {
  materialId: number;
  summary: string | null;
  coverKey: string | null;
  bodyHtml: string | null;
  linkUrl: string | null;
  fileKey: string | null;
  miniProgram: MiniProgram | null;
  productCodes: string[];
  variants: MaterialVariant[];
}

export interface Material extends ContentItemBase {
  type: MaterialType;
  version: MaterialVersion;
}

export interface MaterialDetail extends Material {
  approvedVersion: MaterialVersion | null;
}

export interface Activity {
  id: number;
  name: string;
  description: string;
  startsAt: string;
  endsAt: string;
  categoryId: number | null;
  scriptIds: number[];
  materialIds: number[];
  segmentId: number | null;
  segmentFilter: Record<string, unknown> | null;
  status: 'active' | 'archived';
  inProgress: boolean;
  updatedAt: string;
}

export interface Category {
  id: number;
  kind: CategoryKind;
  name: string;
  parentId: number | null;
  /** Materialised path, e.g. /3/17/ */
  path: string;
  sortOrder: number;
}

export interface StoredFile {
  id: number;
  /** What a material references as fileKey / coverKey. */
  key: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  url: string;
}

export interface VersionHistoryEntry extends VersionWorkflow {
  changedFields: string[];
  textChanged: boolean;
}

export interface VersionHistory {
  kind: ContentKind;
  contentId: number;
  /** Newest first. */
  versions: VersionHistoryEntry[];
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface DiffLine {
  op: 'equal' | 'add' | 'remove';
  text: string;
}

export interface VersionRef {
  versionId: number;
  versionNo: number;
  status: ContentVersionStatus;
}

export interface VersionDiff {
  kind: ContentKind;
  contentId: number;
  from: VersionRef | null;
  to: VersionRef;
  fields: FieldChange[];
  lines: DiffLine[];
}

/** ContentTaggingInput: every field optional, an edit changes what it names (null clears). */
export interface ContentTaggingInput {
  categoryId?: number | null;
  targetArchetypes?: Archetype[];
  lifecycleStages?: LifecycleStage[];
  framing?: ContentNarrative | null;
  riskLevel?: ProductRiskLevel | null;
  isProductRelated?: boolean;
  tags?: string[];
  disclaimerType?: DisclaimerContentType | null;
  validFrom?: string | null;
  validUntil?: string | null;
}

export interface ScriptInput extends ContentTaggingInput {
  title: string;
  body: string;
  productName?: string | null;
}

export interface VariantInput {
  framing: VariantFraming;
  title: string;
  summary?: string | null;
  bodyHtml?: string | null;
}

export interface MaterialInput extends ContentTaggingInput {
  type?: MaterialType;
  title: string;
  summary?: string | null;
  coverKey?: string | null;
  bodyHtml?: string | null;
  linkUrl?: string | null;
  fileKey?: string | null;
  miniProgram?: MiniProgram | null;
  productCodes?: string[];
  variants?: VariantInput[];
}

export interface ActivityInput {
  name: string;
  description?: string;
  startsAt: string;
  endsAt: string;
  categoryId?: number | null;
  scriptIds?: number[];
  materialIds?: number[];
  segmentId?: number | null;
  status?: 'active' | 'archived';
}

export interface ContentListQuery {
  q?: string;
  categoryId?: number;
  status?: ContentVersionStatus;
  archetype?: Archetype;
  page: number;
  pageSize: number;
}

export interface MaterialListQuery extends ContentListQuery {
  type?: MaterialType;
}

export interface ActivityListQuery {
  q?: string;
  categoryId?: number;
  status?: 'active' | 'archived';
  page: number;
  pageSize: number;
}

export interface UploadRequest {
  filename: string;
  contentType: UploadContentType;
  dataBase64: string;
}
