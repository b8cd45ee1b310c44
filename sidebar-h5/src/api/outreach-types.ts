import type { ContentKind } from './portrait-types';

/* Send, task, mass-send and moments shapes (server/src/modules/{outreach,compliance}). */

export interface ScreeningHitDto {
  term: string;
  level: 'block' | 'warn';
  category: string;
  reason: string;
  suggestion: string | null;
  /** UTF-16 offsets into the text as typed. */
  start: number;
  end: number;
  excerpt: string;
  source: 'lexicon' | 'detector';
}

export interface GateStepDto {
  step: 'approval' | 'suitability' | 'screening' | 'frequency' | string;
  outcome: 'pass' | 'warn' | 'block';
  code?: string;
  reasonZh: string;
}

export interface GateWarningDto {
  step: string;
  reasonZh: string;
  hit?: ScreeningHitDto;
}

export interface SentVersionDto {
  kind: ContentKind;
  contentId: number;
  versionId: number;
  versionNo: number;
  title: string;
  status: string;
  approvedBy: { id: number; name: string | null } | null;
  approvedAt: string | null;
  validUntil: string | null;
  variant: { id: number; framing: string; title: string } | null;
}

/**
 * The exact argument of ww.sendChatMessage (server ChatMessageDto, built by outreach/content/message-builders.ts):
 * one body per msgtype, so it is also the SDK's own SendChatMessage type.
 */
export type ChatMessageDto =
  | { msgtype: 'text'; text: { content: string } }
  | { msgtype: 'image'; image: { mediaid: string } }
  | { msgtype: 'news'; news: { link: string; title: string; desc: string; imgUrl: string } }
  | { msgtype: 'miniprogram'; miniprogram: { appid: string; title: string; imgUrl: string; page: string } };

/** Exactly one of externalUserId (1:1 chat) and chatId (group chat). */
export type SendTarget = { externalUserId: string } | { chatId: string };

export type PrepareSendInput = SendTarget & {
  contentKind: ContentKind;
  contentId: number;
  variantId?: number;
  editedText?: string;
  taskId?: number;
  /** The client is in the conversation right now: quiet hours and caps do not apply (still counted). */
  liveConversation?: boolean;
};

export interface PreparedSendDto {
  sendId: number;
  message: ChatMessageDto;
  trackedUrl?: string;
  version: SentVersionDto;
  warnings: GateWarningDto[];
}

export interface SendRecordDto {
  id: number;
  status: string;
  channel: string;
  clientId: number | null;
  chatId: string | null;
  contentKind: ContentKind;
  contentId: number;
  versionId: number;
  sentAt: string | null;
  failReason: string | null;
}

/** POST /api/compliance/check-send: a refusal is an answer, not an error. */
export type CheckSendInput = ({ clientId: number } | { chatId: string }) & {
  contentKind: ContentKind;
  contentId: number;
  variantId?: number;
  editedText?: string;
  channel: 'chat' | 'mass' | 'moments' | 'share';
  liveConversation?: boolean;
};

export interface CheckSendResultDto {
  allowed: boolean;
  code?: string;
  reasonZh: string;
  nextAllowedAt: string | null;
  steps: GateStepDto[];
  warnings: GateWarningDto[];
  screeningHits: ScreeningHitDto[];
  version: SentVersionDto;
  /** Variables filled, disclaimer appended: the text that goes into the chat. */
  outgoingText: string | null;
}

export type TaskChannel = 'mass' | 'group_mass' | 'moments' | 'share';

/** GET /api/tasks — an HQ campaign task as the advisor's to-do. */
export interface AdvisorTaskDto {
  id: number;
  campaignId: number;
  campaignName: string;
  channel: TaskChannel | string;
  contentKind: ContentKind;
  contentId: number;
  versionId: number | null;
  title: string | null;
  status: 'pending' | 'submitting' | 'submitted' | 'confirmed' | 'partially' | 'done' | 'failed' | 'cancelled' | string;
  /** The advisor still has to confirm the send in WeCom. */
  needsConfirmation: boolean;
  recipientCount: number;
  deliveredCount: number;
  failedCount: number;
  submittedAt: string | null;
  confirmedAt: string | null;
}

/** Exactly one of: everyone in scope, a filter, a saved segment, or named clients. */
export interface AudienceInput {
  all?: boolean;
  segmentFilter?: Record<string, unknown>;
  segmentId?: number;
  clientIds?: number[];
}

export interface MassSendInput {
  contentKind: ContentKind;
  contentId: number;
  variantId?: number;
  audience: AudienceInput;
  name?: string;
}

export interface ExclusionDto {
  clientId: number;
  clientName: string;
  staffId: number | null;
  code: string;
  reasonZh: string;
}

export interface MassSendPreviewDto {
  eligible: number;
  excludedTotal: number;
  countsByReason: Record<string, number>;
  excluded: ExclusionDto[];
  excludedTruncated: boolean;
  version: SentVersionDto;
}

export interface CampaignDto {
  id: number;
  name: string;
  origin: 'hq' | 'advisor' | string;
  contentKind: ContentKind;
  contentId: number;
  channel: string;
  status: string;
  failureReason: string | null;
  eligibleCount: number;
  excludedCount: number;
  taskCount: number;
  createdAt: string;
  launchedAt: string | null;
}

export interface CampaignPageDto {
  total: number;
  page: number;
  pageSize: number;
  items: CampaignDto[];
}

export interface SegmentDto {
  id: number;
  name: string;
  description: string | null;
}

export interface MomentsTaskDto {
  id: number;
  contentKind: ContentKind;
  contentId: number;
  status: 'pending' | 'submitting' | 'submitted' | 'done' | 'failed' | 'unknown' | string;
  error: string | null;
  createdAt: string;
}
