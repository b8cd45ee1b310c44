import { http, type RequestOptions } from './http';
import type { Page } from './types';
import type {
  Activity,
  ActivityInput,
  ActivityListQuery,
  Category,
  CategoryKind,
  ContentKind,
  ContentListQuery,
  MaterialDetail,
  Material,
  MaterialInput,
  MaterialListQuery,
  Script,
  ScriptDetail,
  ScriptInput,
  StoredFile,
  TemplateVariable,
  UploadRequest,
  VersionDiff,
  VersionHistory,
  VersionWorkflow,
} from './library.types';

const id = (value: number) => encodeURIComponent(String(value));

export const scriptsApi = {
  list: (query: ContentListQuery) => http.get<Page<Script>>('/scripts', { query: { ...query } }),
  get: (scriptId: number) => http.get<ScriptDetail>(`/scripts/${id(scriptId)}`),
  variables: () => http.get<TemplateVariable[]>('/scripts/variables'),
  create: (input: ScriptInput) => http.post<ScriptDetail>('/scripts', input),
  /** An edit becomes a new draft version (or updates the current draft); approval starts over. */
  update: (scriptId: number, input: Partial<ScriptInput>) => http.put<ScriptDetail>(`/scripts/${id(scriptId)}`, input),
  versions: (scriptId: number) => http.get<VersionHistory>(`/scripts/${id(scriptId)}/versions`),
};

export const materialsApi = {
  list: (query: MaterialListQuery) => http.get<Page<Material>>('/materials', { query: { ...query } }),
  get: (materialId: number) => http.get<MaterialDetail>(`/materials/${id(materialId)}`),
  create: (input: MaterialInput) => http.post<MaterialDetail>('/materials', input),
  update: (materialId: number, input: Partial<MaterialInput>) =>
    http.put<MaterialDetail>(`/materials/${id(materialId)}`, input),
  versions: (materialId: number) => http.get<VersionHistory>(`/materials/${id(materialId)}/versions`),
  /** JSON upload (base64), decoded size ≤ 20 MB; the answer's `key` goes into fileKey / coverKey. */
  upload: (file: UploadRequest) => http.post<StoredFile>('/materials/uploads', file),
};

export const activitiesApi = {
  list: (query: ActivityListQuery) => http.get<Page<Activity>>('/activities', { query: { ...query } }),
  get: (activityId: number) => http.get<Activity>(`/activities/${id(activityId)}`),
  create: (input: ActivityInput) => http.post<Activity>('/activities', input),
  update: (activityId: number, input: Partial<ActivityInput>) => http.put<Activity>(`/activities/${id(activityId)}`, input),
};

export const categoriesApi = {
  list: (kind: CategoryKind) => http.get<Category[]>('/library/categories', { query: { kind } }),
  create: (kind: CategoryKind, name: string, parentId?: number) =>
    http.post<Category>('/library/categories', { kind, name, parentId }),
  rename: (categoryId: number, name: string) => http.put<Category>(`/library/categories/${id(categoryId)}`, { name }),
  remove: (categoryId: number) => http.delete<void>(`/library/categories/${id(categoryId)}`),
};

/** The approval workflow of script and material versions (server library/versions/approvals.controller.ts). */
export const versionsApi = {
  /** Screening runs on submit: block-level wording answers 422 SCREENING_BLOCKED. */
  submit: (kind: ContentKind, versionId: number, options?: RequestOptions) =>
    http.post<VersionWorkflow>(`/versions/${kind}/${id(versionId)}/submit`, undefined, options),
  retire: (kind: ContentKind, versionId: number, reason?: string) =>
    http.post<VersionWorkflow>(`/versions/${kind}/${id(versionId)}/retire`, { reason }),
  diff: (kind: ContentKind, versionId: number, against?: number) =>
    http.get<VersionDiff>(`/versions/${kind}/${id(versionId)}/diff`, { query: { against } }),
};
