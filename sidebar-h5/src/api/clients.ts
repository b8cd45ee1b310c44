import { http, type RequestOptions } from './http';
import type { ClientSummary } from './types';

export function fetchClientByExternalUserId(externalUserId: string, options?: RequestOptions): Promise<ClientSummary> {
  return http.get<ClientSummary>(`/api/clients/by-external/${encodeURIComponent(externalUserId)}`, options);
}
