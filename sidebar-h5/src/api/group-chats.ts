import { http, type RequestOptions } from './http';
import type { GroupChatSummary } from './types';

export function fetchGroupChat(chatId: string, options?: RequestOptions): Promise<GroupChatSummary> {
  return http.get<GroupChatSummary>(`/api/group-chats/${encodeURIComponent(chatId)}`, options);
}
