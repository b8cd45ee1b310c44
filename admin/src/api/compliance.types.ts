import type { ErrorCode } from '@valuelens/contracts';
import type { ContentKind, ContentVersionStatus, StaffRef } from './library.types';

/* Compliance shapes, mirroring server/src/modules/compliance/** and library/versions/** response DTOs. */

export const SCREENING_LEVELS = ['block', 'warn'] as const;
export type ScreeningLevel = (typeof SCREENING_LEVELS)[number];

export const SCREENING_CATEGORIES = [
  'return_promise',
  'guaranteed_principal',
  'insider_info',
  'stock_tip',
  'fee_wording',
  'exaggeration',
  'other',
] as const;
export type ScreeningCategory = (typeof SCREENING_CATEGORIES)[number];

export interface ScreeningHit {
  term: string;
  level: ScreeningLevel;
  category: ScreeningCategory;
  reason: string;
  suggestion: string | null;
  /** UTF-16 offsets into the screened text: `text.slice(start, end)` is the wording as typed. */
  start: number;
  end: number;
  excerpt: string;
  source: 'lexicon' | 'detector';
}

export interface ScreeningResult {
  verdict: 'pass' | 'warn' | 'block';
  hits: ScreeningHit[];
  lexiconVersion: string;
}

export interface LexiconEntry {
  id: number;
  term: string;
  level: ScreeningLevel;
  category: ScreeningCategory;
  reason: string;
  suggestion: string | null;
  enabled: boolean;
  updatedBy: number | null;
  updatedAt: string;
}

export interface LexiconPage {
  items: LexiconEntry[];
  total: number;
  version: number;
}

export interface LexiconQuery {
  q?: string;
  level?: ScreeningLevel;
  category?: ScreeningCategory;
  page: number;
  pageSize: number;
}

export interface LexiconEntryInput {
  term: string;
  level: ScreeningLevel;
  category: ScreeningCategory;
  reason: string;
  suggestion?: string;
  enabled?: boolean;
}

export interface ApprovalItem {
  kind: ContentKind;
  contentId: number;
  versionId: number;
  versionNo: number;
  title: string;
  status: ContentVersionStatus;
  materialType: string | null;
  riskLevel: string | null;
  isProductRelated: boolean;
  warningCount: number;
  submittedBy: StaffRef | null;
  submittedAt: string | null;
  approvedVersionId: number | null;
}

export interface ApprovalQuery {
  status?: ContentVersionStatus;
  kind?: ContentKind;
  page: number;
  pageSize: number;
}

export type WecomMassQuotaRule = 'days_in_month' | 'seven_per_week' | 'one_per_day';

export interface FrequencySettings {
  caps: { perDay: number | null; perWeek: number | null; perMonth: number | null };
  quietHours: { start: string; end: string } | null;
  cappedChannels: string[];
  liveConversationExemptFromCaps: boolean;
  wecomMassQuota: WecomMassQuotaRule;
}

export interface DisclaimerSettings {
  overrides: Record<string, string>;
  copyrightHolder: string | null;
  defaults: Record<string, string>;
  contentTypes: string[];
}

export interface ComplianceSettings {
  frequency: FrequencySettings;
  disclaimers: DisclaimerSettings;
}

export interface ComplianceSettingsUpdate {
  frequency?: Omit<FrequencySettings, 'cappedChannels'>;
  disclaimers?: { overrides: Record<string, string>; copyrightHolder?: string | null };
}

export type SendChannel = 'chat' | 'mass' | 'moments' | 'share';

export interface CheckSendRequest {
  clientId?: number;
  chatId?: string;
  contentKind: ContentKind;
  contentId: number;
  variantId?: number;
  editedText?: string;
  channel: SendChannel;
}

export interface GateStep {
  step: 'approval' | 'suitability' | 'screening' | 'frequency';
  outcome: 'pass' | 'warn' | 'block';
  code?: ErrorCode;
  reasonZh: string;
}

export interface CheckSendResult {
  allowed: boolean;
  code?: ErrorCode;
  reasonZh: string;
  nextAllowedAt: string | null;
  steps: GateStep[];
  screeningHits: ScreeningHit[];
  outgoingText: string | null;
}
