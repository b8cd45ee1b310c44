import type { WecomFollowUser } from '../../gateway/wecom-gateway.types.js';
import { jsonBody, type QyapiRoute } from '../http.js';
import { invalidParameter, SIM_ERRCODE, wecomFail } from '../simulated-error.js';
import { pageOf } from './paging.js';

/** follow_user of externalcontact/get is paged only beyond 500 followers (WECOM.md §4.2). */
const FOLLOW_PAGE = { limit: 500, max: 500 };
const BATCH_PAGE = { limit: 50, max: 100 };
const MAX_BATCH_USERIDS = 100;

export const contactRoutes: QyapiRoute[] = [
  {
    method: 'GET',
    endpoint: 'externalcontact/list',
    handle: (req, state) => {
      const member = state.directory.requireMember(req.query.get('userid'));
      const ids = state.directory.contactIdsOf(member.userid);
      // "84061 不存在外部联系人的关系" when the member has no customers.
      if (ids.length === 0) wecomFail(SIM_ERRCODE.NO_EXTERNAL_CONTACT, 'not external contact');
      return { external_userid: ids };
    },
  },
  {
    method: 'GET',
    endpoint: 'externalcontact/get',
    handle: (req, state) => {
      const record = state.directory.requireContact(req.query.get('external_userid'));
      const page = pageOf(record.follows, req.query.get('cursor') || undefined, undefined, FOLLOW_PAGE);
      return { external_contact: record.contact, follow_user: page.items, next_cursor: page.next_cursor };
    },
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/batch/get_by_user',
    handle: (req, state) => {
      const body = jsonBody<{ userid_list: string[]; cursor: string; limit: number }>(req);
      const userids = body.userid_list ?? [];
      if (userids.length === 0 || userids.length > MAX_BATCH_USERIDS) invalidParameter('userid_list must have 1..100 entries');
      const rows = userids.flatMap((userid) => {
        state.directory.requireMember(userid);
        return state.directory.contactIdsOf(userid).map((id) => {
          const record = state.directory.requireContact(id);
          const follow = state.directory.follow(userid, id) as WecomFollowUser;
          return { external_contact: record.contact, follow_info: { ...follow, tag_id: (follow.tags ?? []).flatMap((t) => (t.tag_id ? [t.tag_id] : [])) } };
        });
      });
      const page = pageOf(rows, body.cursor || undefined, body.limit, BATCH_PAGE);
      return { external_contact_list: page.items, next_cursor: page.next_cursor };
    },
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/get_corp_tag_list',
    handle: (req, state) => {
      const body = jsonBody<{ tag_id: string[]; group_id: string[] }>(req);
      const groups = state.directory.tagGroups;
      // Both empty → everything; both given → group_id wins (WECOM.md §4.3).
      if (body.group_id?.length) return { tag_group: groups.filter((g) => body.group_id?.includes(g.group_id)) };
      if (body.tag_id?.length) {
        const wanted = new Set(body.tag_id);
        return { tag_group: groups.map((g) => ({ ...g, tag: g.tag.filter((t) => wanted.has(t.id)) })).filter((g) => g.tag.length > 0) };
      }
      return { tag_group: groups };
    },
  },
  {
    method: 'POST',
    endpoint: 'externalcontact/mark_tag',
    handle: (req, state) => {
      const body = jsonBody<{ userid: string; external_userid: string; add_tag: string[]; remove_tag: string[] }>(req);
      const add = body.add_tag ?? [];
      const remove = body.remove_tag ?? [];
      if (add.length === 0 && remove.length === 0) invalidParameter('add_tag and remove_tag are both empty');
      state.directory.requireMember(body.userid);
      state.directory.requireContact(body.external_userid);
      state.directory.markTag(body.userid ?? '', body.external_userid ?? '', add, remove);
      return {};
    },
  },
];
