import { http, type RequestOptions } from './http';
import type { SimMember, SimMemberChats } from './types';

/* Simulator-only endpoints (the server answers SIMULATOR_ONLY outside demo mode). */

export function listSimMembers(options?: RequestOptions): Promise<SimMember[]> {
  return http.get<SimMember[]>('/api/sim/members', options);
}

export function listSimMemberChats(userid: string, options?: RequestOptions): Promise<SimMemberChats> {
  return http.get<SimMemberChats>(`/api/sim/members/${encodeURIComponent(userid)}/chats`, options);
}

/** Stands in for WeCom's OAuth page: a code for this member, to be exchanged like a real one. */
export function mintSimOauthCode(userid: string, options?: RequestOptions): Promise<{ code: string }> {
  return http.post<{ code: string }>('/api/sim/oauth/code', { userid }, options);
}
