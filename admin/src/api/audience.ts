import { http, type RequestOptions } from './http';
import type {
  ClientProfile,
  ClientTag,
  FeedPage,
  PortraitRules,
  RevealableField,
  RulesPreview,
  Segment,
  SegmentClientPage,
  SegmentFilter,
  TagHistoryEntry,
} from './audience.types';

const id = (value: number) => encodeURIComponent(String(value));

export const clientsApi = {
  /** The same portrait the sidebar shows, addressed by client id (server ProfileQuery.clientId). */
  profile: (clientId: number) => http.get<ClientProfile>('/sidebar/profile', { query: { clientId } }),
  timeline: (clientId: number, before?: string) =>
    http.get<FeedPage>(`/clients/${id(clientId)}/timeline`, { query: { before, limit: 30 } }),
  tagHistory: (clientId: number) => http.get<TagHistoryEntry[]>(`/clients/${id(clientId)}/tags/history`),
  addTag: (clientId: number, body: { tagKey: string; labelZh?: string; reason: string }) =>
    http.post<ClientTag[]>(`/clients/${id(clientId)}/tags`, body),
  /** The clear value, written to the audit log with the reason; null when none is on record. */
  reveal: (clientId: number, field: RevealableField, reason: string, options?: RequestOptions) =>
    http.post<{ value: string | null }>(`/clients/${id(clientId)}/reveal`, { field, reason }, options),
};

export const portraitRulesApi = {
  get: () => http.get<PortraitRules>('/portrait/rules'),
  save: (rules: Record<string, unknown>, changeNote: string) => http.put<PortraitRules>('/portrait/rules', { rules, changeNote }),
  /** Runs the candidate and the active rules over the same clients and counts who would move. */
  preview: (rules: Record<string, unknown>) => http.post<RulesPreview>('/portrait/rules/preview', { rules }),
  /** Recomputes every portrait under the active rules (a queued job). */
  recompute: () => http.post<{ jobId: string }>('/portrait/recompute'),
  recomputeStatus: (jobId: string) =>
    http.get<{ status: string; processed: number; total: number; error?: string }>(`/portrait/recompute/${encodeURIComponent(jobId)}`),
};

export const segmentsApi = {
  list: () => http.get<Segment[]>('/segments'),
  get: (segmentId: number) => http.get<Segment>(`/segments/${id(segmentId)}`),
  /** Clients matching the filter within the caller's scope. Silent: the builder shows an invalid filter inline. */
  count: (filter: SegmentFilter, signal?: AbortSignal) =>
    http.post<{ count: number }>('/segments/preview', { filter }, { silent: true, signal }),
  create: (body: { name: string; description?: string; filter: SegmentFilter }) => http.post<Segment>('/segments', body),
  update: (segmentId: number, body: { name: string; description?: string; filter: SegmentFilter }) =>
    http.put<Segment>(`/segments/${id(segmentId)}`, body),
  remove: (segmentId: number) => http.delete<void>(`/segments/${id(segmentId)}`),
  clients: (segmentId: number, page: number, pageSize: number) =>
    http.get<SegmentClientPage>(`/segments/${id(segmentId)}/clients`, { query: { page, pageSize } }),
};
