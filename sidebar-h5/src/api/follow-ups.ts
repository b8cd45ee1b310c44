import type { CreateFollowUpInput, FollowUpDto } from './feed-types';
import { http, type RequestOptions } from './http';

export function fetchFollowUps(clientId: number, options?: RequestOptions): Promise<FollowUpDto[]> {
  return http.get<FollowUpDto[]>(`/api/clients/${clientId}/follow-ups`, options);
}

export function createFollowUp(clientId: number, input: CreateFollowUpInput, options?: RequestOptions): Promise<FollowUpDto> {
  return http.post<FollowUpDto>(`/api/clients/${clientId}/follow-ups`, input, options);
}
