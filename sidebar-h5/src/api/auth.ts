import { http, type RequestOptions } from './http';
import type { Me, SessionResponse } from './types';

export function fetchMe(options?: RequestOptions): Promise<Me> {
  return http.get<SessionResponse>('/api/auth/me', options).then((session) => session.staff);
}

/** Exchanges a WeCom OAuth code (snsapi_base, valid 5 minutes, single use) for a session cookie. */
export function createWecomSession(code: string, options?: RequestOptions): Promise<SessionResponse> {
  return http.post<SessionResponse>('/api/auth/wecom/session', { code }, options);
}

/** The server redirects to WeCom's OAuth page and back to `returnTo` (a path under /sidebar/). */
export function wecomAuthorizeUrl(returnTo: string): string {
  return `/api/auth/wecom/authorize?redirect=${encodeURIComponent(returnTo)}`;
}
