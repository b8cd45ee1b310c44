import type { ClientRiskLevel, ErrorCode } from '@valuelens/contracts';
import type { ContentKind } from '../../library/library.constants.js';
import type { DisclaimerOptions } from '../rules/disclaimers.js';
import type { FrequencyPolicy, PastSend, SendChannel } from '../rules/frequency-budget.js';
import type { GateStep, GateWarning } from '../rules/send-gate.js';
import type { Screener } from '../rules/screening/screener.js';
import type { ScreeningResult } from '../rules/screening/screening.types.js';

export interface SendCheckRequest {
  /** Exactly one of clientId (1:1 chat, share, mass) and chatId (group chat). */
  clientId?: number;
  chatId?: string;
  contentKind: ContentKind;
  contentId: number;
  /** A framing variant of a material (the recommender names the one that suits the client). */
  variantId?: number | null;
  /** What the advisor typed or edited; screened before anything is sent. */
  editedText?: string | null;
  channel: SendChannel;
  liveConversation?: boolean;
}

export interface RecipientFacts {
  clientId: number;
  name: string;
  gender: 'male' | 'female' | null;
  riskLevel: ClientRiskLevel | null;
  riskExpiresAt: Date | null;
}

/** Who receives the send: one client, or the known clients of a group chat plus how many are unknown. */
export interface Recipient {
  target: { clientId: number } | { chatId: string };
  members: RecipientFacts[];
  unknownMembers: number;
}

/** Everything about the recipient and the rules that does not depend on the content (loaded once). */
export interface GateContext {
  now: Date;
  recipient: Recipient;
  history: readonly PastSend[];
  policy: FrequencyPolicy;
  disclaimer: DisclaimerOptions;
  screener: Screener;
  advisor: { name: string; wecomUserId: string | null; branchName: string | null };
}

export interface SentVersionInfo {
  kind: ContentKind;
  contentId: number;
  versionId: number;
  versionNo: number;
  title: string;
  status: string;
  approvedBy: { id: number; name: string | null } | null;
  approvedAt: Date | null;
  validUntil: Date | null;
  variant: { id: number; framing: string; title: string } | null;
}

export interface SendCheckResult {
  allowed: boolean;
  code?: ErrorCode;
  reasonZh: string;
  nextAllowedAt: Date | null;
  steps: GateStep[];
  warnings: GateWarning[];
  screening: ScreeningResult | null;
  version: SentVersionInfo;
  /** Variables filled for the client, disclaimer appended; what the sidebar puts into the chat. */
  outgoingText: string | null;
}
