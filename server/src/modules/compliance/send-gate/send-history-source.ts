import type { PastSend } from '../rules/frequency-budget.js';
import type { ContentKind } from '../../library/library.constants.js';

export type SendTarget = { clientId: number } | { chatId: string };

/** A send to one client: what the frequency budget counts, and the library content it carried. */
export interface ClientSendRecord extends PastSend {
  contentKind: ContentKind;
  contentId: number;
}

/**
 * What was already sent, for the frequency budget and for "not sent recently" in recommendations.
 * Provided by the outreach feature (token SEND_HISTORY_SOURCE); until it exists the gate reads none.
 */
export interface SendHistorySource {
  /** Sends to the client (every channel) or into the group chat since `since`, oldest first or any order. */
  sendsTo(target: SendTarget, since: Date): Promise<PastSend[]>;
  /**
   * Everything sent to the client since `since`, with its content: one read serves both the gate's budget and
   * "not sent recently" when the sidebar ranks recommendations.
   */
  clientSends(clientId: number, since: Date): Promise<ClientSendRecord[]>;
}

export const SEND_HISTORY_SOURCE = Symbol('SEND_HISTORY_SOURCE');
