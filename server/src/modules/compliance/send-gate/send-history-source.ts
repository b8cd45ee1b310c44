import type { PastSend } from '../rules/frequency-budget.js';
import type { ContentKind } from '../../library/library.constants.js';

export type SendTarget = { clientId: number } | { chatId: string };

export interface SentContentRecord {
  contentKind: ContentKind;
  contentId: number;
  at: Date;
}

/**
 * What was already sent, for the frequency budget and for "not sent recently" in recommendations.
 * Provided by the outreach feature (token SEND_HISTORY_SOURCE); until it exists the gate reads none.
 */
export interface SendHistorySource {
  /** Sends to the client (every channel) or into the group chat since `since`, oldest first or any order. */
  sendsTo(target: SendTarget, since: Date): Promise<PastSend[]>;
  /** Library content the client received since `since`. */
  contentSentTo(clientId: number, since: Date): Promise<SentContentRecord[]>;
}

export const SEND_HISTORY_SOURCE = Symbol('SEND_HISTORY_SOURCE');
