import type { AddMsgTemplateRequest } from '../../gateway/wecom-gateway.types.js';
import { jsonBody, type QyapiRoute } from '../http.js';
import { pageOf } from './paging.js';

/** Mass send (企业群发), WECOM.md §4.4. */
const TASK_PAGE = { limit: 500, max: 1000 };
const RESULT_PAGE = { limit: 500, max: 1000 };

export const groupMsgRoutes: QyapiRoute[] = [
  {
    method: 'POST',
    endpoint: 'externalcontact/add_msg_template',
    handle: (req, state) => state.massSends.create(jsonBody<AddMsgTemplateRequest>(req) as AddMsgTemplateRequest),
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/get_groupmsg_task',
    handle: (req, state) => {
      const body = jsonBody<{ msgid: string; limit: number; cursor: string }>(req);
      const page = pageOf(state.massSends.tasks(body.msgid ?? ''), body.cursor || undefined, body.limit, TASK_PAGE);
      return { task_list: page.items, next_cursor: page.next_cursor };
    },
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/get_groupmsg_send_result',
    handle: (req, state) => {
      const body = jsonBody<{ msgid: string; userid: string; limit: number; cursor: string }>(req);
      const results = state.massSends.results(body.msgid ?? '', body.userid ?? '');
      const page = pageOf(results, body.cursor || undefined, body.limit, RESULT_PAGE);
      return { send_list: page.items, next_cursor: page.next_cursor };
    },
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/remind_groupmsg_send',
    handle: (req, state) => {
      state.massSends.remind(jsonBody<{ msgid: string }>(req).msgid ?? '');
      return {};
    },
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/cancel_groupmsg_send',
    handle: (req, state) => {
      state.massSends.cancel(jsonBody<{ msgid: string }>(req).msgid ?? '');
      return {};
    },
  },
];
