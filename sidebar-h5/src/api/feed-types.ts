/* Feed, alert and follow-up shapes (server/src/modules/feed). */

export type FeedItemType =
  | 'content_read'
  | 'content_forward'
  | 'watchlist_add'
  | 'product_view'
  | 'purchase'
  | 'redemption'
  | 'cash_in'
  | 'cash_out'
  | 'complaint'
  | 'client_added'
  | 'client_deleted'
  | 'advisor_deleted'
  | 'send'
  | 'follow_up';

export interface FeedItemDto {
  id: number;
  clientId: number;
  clientName: string;
  staffId: number | null;
  type: FeedItemType | string;
  occurredAt: string;
  /** A later push with the same id updates the item (a reading session growing). */
  updatedAt: string;
  textZh: string;
  data: Record<string, unknown>;
}

export interface FeedPageDto {
  items: FeedItemDto[];
  /** Cursor of the next page; null when there is none. */
  nextBefore: string | null;
}

export interface FeedQuery {
  types?: string;
  before?: string;
  limit?: number;
}

export type AlertStatus = 'new' | 'seen' | 'handled';

export interface AlertDto {
  id: number;
  clientId: number;
  clientName: string;
  staffId: number;
  ruleKey: 'high_intent' | 'churn_risk' | 'anxiety' | 'cognitive_shift' | string;
  ruleLabelZh: string;
  status: AlertStatus;
  evidence: { summaryZh: string; numbers: Record<string, number | string>; refs: string[] };
  suggestionZh: string;
  suggestedScript: { id: number; title: string } | null;
  createdAt: string;
  seenAt: string | null;
  handledAt: string | null;
  handledNote: string | null;
}

export interface AlertPageDto {
  items: AlertDto[];
  nextBefore: string | null;
}

export interface AlertQuery {
  status?: AlertStatus;
  before?: string;
  limit?: number;
}

export interface FollowUpDto {
  id: number;
  clientId: number;
  staffId: number;
  note: string;
  nextContactAt: string | null;
  doneAt: string | null;
  createdAt: string;
}

export interface CreateFollowUpInput {
  note: string;
  /** ISO date-time; the server reminds once on that day. */
  nextContactAt?: string;
}
