import { http, type RequestOptions } from './http';
import type { PublicConfig } from './types';

export function fetchPublicConfig(options?: RequestOptions): Promise<PublicConfig> {
  return http.get<PublicConfig>('/api/config/public', options);
}
