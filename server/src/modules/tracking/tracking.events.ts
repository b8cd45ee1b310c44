/**
 * Domain events of the tracking feature. The feed (behaviour feed, alerts) listens; tracking never
 * imports the feed.
 */
export const LINK_OPENED = 'link.opened';
export const LINK_ENGAGED = 'link.engaged';

export type LinkActivityType = 'open' | 'heartbeat' | 'scroll' | 'click' | 'share';

export interface LinkActivityEvent {
  token: string;
  viewerId: string;
  sessionId: string;
  type: LinkActivityType;
  /** The client the link was sent to (null for group-chat sends); a forward's viewer is not this client. */
  clientId: number | null;
  staffId: number;
  versionId: number;
  contentTitle: string;
  isProductRelated: boolean;
  productCodes: string[];
  /** Known on opens; heartbeats leave it to the listener (link_views is the source of truth). */
  isForward?: boolean;
  productCode?: string;
  at: Date;
}
