import { http, type RequestOptions } from './http';
import type { AddTagInput, ClientTagDto, RecommendationListDto, SidebarProfileDto } from './portrait-types';

const clientPath = (clientId: number) => `/api/clients/${clientId}`;

/** Client header, portrait, tags, alerts and top recommendations in one request (DESIGN §4 step 1). */
export function fetchSidebarProfile(externalUserId: string, options?: RequestOptions): Promise<SidebarProfileDto> {
  return http.get<SidebarProfileDto>('/api/sidebar/profile', { ...options, query: { externalUserId } });
}

/** Answers the client's tags after the change; a manual tag overrides the computed one. */
export function addClientTag(clientId: number, input: AddTagInput, options?: RequestOptions): Promise<ClientTagDto[]> {
  return http.post<ClientTagDto[]>(`${clientPath(clientId)}/tags`, input, options);
}

export function removeClientTag(clientId: number, tagKey: string, reason: string, options?: RequestOptions): Promise<ClientTagDto[]> {
  return http.delete<ClientTagDto[]>(`${clientPath(clientId)}/tags/${encodeURIComponent(tagKey)}`, { reason }, options);
}

/** Sendable items by score, then up to five blocked ones with the reason. */
export function fetchRecommendations(clientId: number, options?: RequestOptions): Promise<RecommendationListDto> {
  return http.get<RecommendationListDto>(`${clientPath(clientId)}/recommendations`, options);
}
