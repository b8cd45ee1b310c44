import { jsonBody, type QyapiRoute } from '../http.js';
import { invalidParameter, SIM_ERRCODE, wecomFail } from '../simulated-error.js';
import { pageOf } from './paging.js';

/** Customer groups, WECOM.md §4.6. */
const LIST_PAGE = { limit: 100, max: 1000 };
const MAX_OWNER_FILTER = 100;
/** Without owner_filter, listing is refused when more than 1000 people are visible (81017). */
const MAX_VISIBLE_WITHOUT_FILTER = 1000;

export const groupChatRoutes: QyapiRoute[] = [
  {
    method: 'POST',
    endpoint: 'externalcontact/groupchat/list',
    handle: (req, state) => {
      const body = jsonBody<{ status_filter: number; owner_filter: { userid_list?: string[] }; cursor: string; limit: number }>(req);
      const owners = body.owner_filter?.userid_list;
      if (owners && owners.length > MAX_OWNER_FILTER) invalidParameter('owner_filter.userid_list exceeds 100');
      if (!owners && state.directory.members.size > MAX_VISIBLE_WITHOUT_FILTER) {
        wecomFail(SIM_ERRCODE.GROUPCHAT_OWNER_FILTER_REQUIRED, 'owner_filter required when more than 1000 members are visible');
      }
      const chats = [...state.directory.groupChats.values()]
        .filter((chat) => !owners || owners.includes(chat.owner))
        .map((chat) => ({ chat_id: chat.chat_id, status: 0 }));
      const page = pageOf(chats, body.cursor || undefined, body.limit, LIST_PAGE);
      return { group_chat_list: page.items, next_cursor: page.next_cursor };
    },
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/groupchat/get',
    handle: (req, state) => {
      const chatId = jsonBody<{ chat_id: string }>(req).chat_id;
      const chat = chatId ? state.directory.groupChats.get(chatId) : undefined;
      if (!chat) invalidParameter('invalid chat_id');
      return { group_chat: chat };
    },
  },
];
