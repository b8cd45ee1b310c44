import { http, type RequestOptions } from './http';
import type { Page } from './types';
import type { ContentKind, VersionWorkflow } from './library.types';
import type {
  ApprovalItem,
  ApprovalQuery,
  CheckSendRequest,
  CheckSendResult,
  ComplianceSettings,
  ComplianceSettingsUpdate,
  LexiconEntry,
  LexiconEntryInput,
  LexiconPage,
  LexiconQuery,
  ScreeningResult,
} from './compliance.types';

const id = (value: number) => encodeURIComponent(String(value));

export const approvalsApi = {
  queue: (query: ApprovalQuery) => http.get<Page<ApprovalItem>>('/approvals', { query: { ...query } }),
  /**
   * `options.silent`: the approval dialog shows refusals (SELF_APPROVAL_FORBIDDEN, INVALID_STATE) inline instead of
   * as a toast.
   */
  approve: (kind: ContentKind, versionId: number, body: { comment?: string; validUntil?: string }, options?: RequestOptions) =>
    http.post<VersionWorkflow>(`/approvals/${kind}/${id(versionId)}/approve`, body, options),
  reject: (kind: ContentKind, versionId: number, comment: string, options?: RequestOptions) =>
    http.post<VersionWorkflow>(`/approvals/${kind}/${id(versionId)}/reject`, { comment }, options),
};

export const lexiconApi = {
  list: (query: LexiconQuery) => http.get<LexiconPage>('/compliance/lexicon', { query: { ...query } }),
  create: (input: LexiconEntryInput) => http.post<LexiconEntry>('/compliance/lexicon', input),
  update: (entryId: number, input: Partial<LexiconEntryInput>) =>
    http.put<LexiconEntry>(`/compliance/lexicon/${id(entryId)}`, input),
  remove: (entryId: number) => http.delete<void>(`/compliance/lexicon/${id(entryId)}`),
  /** The test box: screens any text against the live lexicon and detectors. */
  screen: (text: string) => http.post<ScreeningResult>('/compliance/screen', { text }),
};

export const complianceSettingsApi = {
  get: () => http.get<ComplianceSettings>('/compliance/settings'),
  update: (update: ComplianceSettingsUpdate) => http.put<ComplianceSettings>('/compliance/settings', update),
};

export const sendGateApi = {
  check: (request: CheckSendRequest) => http.post<CheckSendResult>('/compliance/check-send', request),
};
