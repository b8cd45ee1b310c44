import type { AlertDto, AlertPageDto, AlertQuery, FeedPageDto, FeedQuery } from './feed-types';
import { http, type RequestOptions } from './http';

/** SSE: `event: feed` (FeedItemDto, same id again = update) and `event: alert` (AlertDto). */
export const FEED_STREAM_URL = '/api/feed/stream';

export function fetchClientTimeline(clientId: number, query: FeedQuery = {}, options?: RequestOptions): Promise<FeedPageDto> {
  return http.get<FeedPageDto>(`/api/clients/${clientId}/timeline`, { ...options, query: { ...query } });
}

export function fetchFeed(query: FeedQuery = {}, options?: RequestOptions): Promise<FeedPageDto> {
  return http.get<FeedPageDto>('/api/feed', { ...options, query: { ...query } });
}

export function fetchAlerts(query: AlertQuery = {}, options?: RequestOptions): Promise<AlertPageDto> {
  return http.get<AlertPageDto>('/api/alerts', { ...options, query: { ...query } });
}

export function fetchClientAlerts(clientId: number, query: AlertQuery = {}, options?: RequestOptions): Promise<AlertPageDto> {
  return http.get<AlertPageDto>(`/api/clients/${clientId}/alerts`, { ...options, query: { ...query } });
}

/** Idempotent, and answers the alert: opening an alert (also from a deep link) is seeing it. */
export function markAlertSeen(alertId: number, options?: RequestOptions): Promise<AlertDto> {
  return http.post<AlertDto>(`/api/alerts/${alertId}/seen`, undefined, options);
}

/** A note, when given, is also recorded as a follow-up of the client. */
export function handleAlert(alertId: number, note: string | undefined, options?: RequestOptions): Promise<AlertDto> {
  return http.post<AlertDto>(`/api/alerts/${alertId}/handle`, note ? { note } : {}, options);
}
