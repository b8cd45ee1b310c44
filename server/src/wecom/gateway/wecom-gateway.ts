import { type Clock, systemClock } from '../../common/clock.js';
import { CredentialCache } from './credential-cache.js';
import { WECOM_ERRCODE } from './retry-policy.js';
import type { TokenStore } from './token-store.js';
import {
  type AddMsgTemplateRequest,
  type AddMsgTemplateResponse,
  type AppMessage,
  type GroupMsgListRequest,
  type GroupMsgRecord,
  type GroupMsgSendResult,
  type GroupMsgTask,
  type MediaUploadResult,
  type MomentTaskResult,
  type Paged,
  type UserBehaviorData,
  type WecomApi,
  WecomApiError,
  type WecomCorpTagGroup,
  type WecomDepartment,
  type WecomExternalContact,
  type WecomExternalContactDetail,
  type WecomFollowUser,
  type WecomGroupChat,
  type WecomGroupChatSummary,
  type WecomMember,
} from './wecom-gateway.types.js';
import { type WecomCallHook, type WecomCallSpec, WecomHttp } from './wecom-http.js';

export interface WecomGatewayOptions {
  /** https://qyapi.weixin.qq.com, or the simulator's URL. */
  apiBase: string;
  corpId: string;
  agentId: string;
  secret: string;
  tokenStore: TokenStore;
  clock?: Clock;
  fetch?: typeof fetch;
  /** Back-off waits; tests pass a recorder so they do not wait. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  onCall?: WecomCallHook;
}

type BatchContact = { external_contact: WecomExternalContact; follow_info: WecomFollowUser & { userid: string } };

/** WeCom caps batch/get_by_user at 100 members per call and 100 contacts per page (WECOM.md §4.2). */
const BATCH_USERIDS_PER_CALL = 100;
const BATCH_PAGE_LIMIT = 100;
const GROUPMSG_TASK_PAGE_LIMIT = 1000;
const GROUPMSG_LIST_PAGE_LIMIT = 100;
const GROUPMSG_RESULT_PAGE_LIMIT = 500;
const GROUPCHAT_PAGE_LIMIT = 1000;

/** The only code that speaks to qyapi. Tokens and both JS tickets are cached per app (corp + agent), never per URL. */
export class WecomGateway implements WecomApi {
  private readonly http: WecomHttp;
  private readonly cache: CredentialCache;
  private readonly keyPrefix: string;

  constructor(private readonly options: WecomGatewayOptions) {
    const clock = options.clock ?? systemClock;
    this.keyPrefix = `${options.corpId}:${options.agentId}:`;
    this.cache = new CredentialCache({ store: options.tokenStore, now: () => clock.now().getTime() });
    this.http = new WecomHttp({
      apiBase: options.apiBase,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      random: options.random ?? Math.random,
      onCall: options.onCall,
      accessToken: () => this.getAccessToken(),
      invalidateAccessToken: (stale) => this.cache.invalidate(this.keyPrefix + 'access_token', stale),
    });
  }

  getAccessToken(): Promise<string> {
    return this.cache.get(this.keyPrefix + 'access_token', async () => {
      const r = await this.http.call<{ access_token: string; expires_in: number }>({
        endpoint: 'gettoken',
        method: 'GET',
        query: { corpid: this.options.corpId, corpsecret: this.options.secret },
        idempotent: true,
        withoutToken: true,
      });
      return { value: r.access_token, expiresInSeconds: r.expires_in };
    });
  }

  /** Corp ticket for wx.config (WECOM.md §2.2). */
  getCorpJsapiTicket(): Promise<string> {
    return this.ticket('jsapi_ticket:corp', { endpoint: 'get_jsapi_ticket', method: 'GET', idempotent: true });
  }

  /** App ticket for agentConfig, needed by every sidebar API (WECOM.md §2.2). */
  getAgentJsapiTicket(): Promise<string> {
    return this.ticket('jsapi_ticket:agent', { endpoint: 'ticket/get', method: 'GET', query: { type: 'agent_config' }, idempotent: true });
  }

  async getUserInfoByCode(code: string): Promise<{ userid?: string; openid?: string; external_userid?: string }> {
    // Not idempotent: a code is single use, so a blind repeat after a lost response would answer 40029.
    const r = await this.http.call<{ userid?: string; openid?: string; external_userid?: string }>({
      endpoint: 'auth/getuserinfo', method: 'GET', query: { code }, idempotent: false,
    });
    return { userid: r.userid, openid: r.openid, external_userid: r.external_userid };
  }

  async listDepartments(): Promise<WecomDepartment[]> {
    return (await this.read<{ department?: WecomDepartment[] }>('department/list')).department ?? [];
  }

  async listMembers(departmentId: number): Promise<WecomMember[]> {
    return (await this.read<{ userlist?: WecomMember[] }>('user/list', { department_id: departmentId })).userlist ?? [];
  }

  async listExternalContactIds(userid: string): Promise<string[]> {
    const r = await this.noContactsAsEmpty(() => this.read<{ external_userid?: string[] }>('externalcontact/list', { userid }));
    return r?.external_userid ?? [];
  }

  async getExternalContact(externalUserId: string): Promise<WecomExternalContactDetail> {
    let cursor: string | undefined;
    let detail: WecomExternalContactDetail | undefined;
    do {
      // follow_user is paged only beyond 500 followers; merge the pages into one detail.
      const page = await this.read<WecomExternalContactDetail & { next_cursor?: string }>('externalcontact/get', {
        external_userid: externalUserId,
        cursor,
      });
      detail = detail
        ? { ...detail, follow_user: [...detail.follow_user, ...(page.follow_user ?? [])] }
        : { external_contact: page.external_contact, follow_user: page.follow_user ?? [] };
      cursor = page.next_cursor || undefined;
    } while (cursor);
    return detail;
  }

  async batchGetExternalContacts(userids: string[]): Promise<BatchContact[]> {
    const contacts: BatchContact[] = [];
    for (let start = 0; start < userids.length; start += BATCH_USERIDS_PER_CALL) {
      const userid_list = userids.slice(start, start + BATCH_USERIDS_PER_CALL);
      let cursor: string | undefined;
      do {
        const page = await this.noContactsAsEmpty(() =>
          this.post<{ external_contact_list?: BatchContact[]; next_cursor?: string }>(
            'externalcontact/batch/get_by_user', { userid_list, cursor, limit: BATCH_PAGE_LIMIT }, true,
          ),
        );
        contacts.push(...(page?.external_contact_list ?? []));
        cursor = page?.next_cursor || undefined;
      } while (cursor);
    }
    return contacts;
  }

  async listCorpTags(): Promise<WecomCorpTagGroup[]> {
    return (await this.post<{ tag_group?: WecomCorpTagGroup[] }>('externalcontact/get_corp_tag_list', {}, true)).tag_group ?? [];
  }

  async markTag(req: { userid: string; external_userid: string; add_tag?: string[]; remove_tag?: string[] }): Promise<void> {
    // Setting the same tags twice has the same effect, so a repeat after a network failure is safe.
    await this.post('externalcontact/mark_tag', req, true);
  }

  async addMsgTemplate(req: AddMsgTemplateRequest): Promise<AddMsgTemplateResponse> {
    const r = await this.post<{ msgid: string; fail_list?: string[] }>('externalcontact/add_msg_template', req, false);
    return { msgid: r.msgid, fail_list: r.fail_list ?? [] };
  }

  async listGroupMsgs(req: GroupMsgListRequest, cursor?: string): Promise<Paged<GroupMsgRecord>> {
    const r = await this.post<{ group_msg_list?: GroupMsgRecord[]; next_cursor?: string }>(
      'externalcontact/get_groupmsg_list_v2', { ...req, limit: GROUPMSG_LIST_PAGE_LIMIT, cursor }, true,
    );
    return paged(r.group_msg_list, r.next_cursor);
  }

  async getGroupMsgTask(msgid: string, cursor?: string): Promise<Paged<GroupMsgTask>> {
    const r = await this.post<{ task_list?: GroupMsgTask[]; next_cursor?: string }>(
      'externalcontact/get_groupmsg_task', { msgid, limit: GROUPMSG_TASK_PAGE_LIMIT, cursor }, true,
    );
    return paged(r.task_list, r.next_cursor);
  }

  async getGroupMsgSendResult(msgid: string, userid: string, cursor?: string): Promise<Paged<GroupMsgSendResult>> {
    const r = await this.post<{ send_list?: GroupMsgSendResult[]; next_cursor?: string }>(
      'externalcontact/get_groupmsg_send_result', { msgid, userid, limit: GROUPMSG_RESULT_PAGE_LIMIT, cursor }, true,
    );
    return paged(r.send_list, r.next_cursor);
  }

  async remindGroupMsgSend(msgid: string): Promise<void> {
    await this.post('externalcontact/remind_groupmsg_send', { msgid }, false);
  }

  async cancelGroupMsgSend(msgid: string): Promise<void> {
    await this.post('externalcontact/cancel_groupmsg_send', { msgid }, true);
  }

  uploadMedia(type: 'image' | 'voice' | 'video' | 'file', filename: string, data: Buffer, contentType: string): Promise<MediaUploadResult> {
    return this.upload('media/upload', { type }, filename, data, contentType);
  }

  uploadAttachment(mediaType: 'image' | 'video' | 'file', attachmentType: 1 | 2, filename: string, data: Buffer, contentType: string): Promise<MediaUploadResult> {
    return this.upload('media/upload_attachment', { media_type: mediaType, attachment_type: attachmentType }, filename, data, contentType);
  }

  async addMomentTask(req: { text?: { content: string }; attachments?: unknown[]; visible_range?: unknown }): Promise<{ jobid: string }> {
    return { jobid: (await this.post<{ jobid: string }>('externalcontact/add_moment_task', req, false)).jobid };
  }

  async getMomentTaskResult(jobid: string): Promise<MomentTaskResult> {
    const r = await this.read<MomentTaskResult>('externalcontact/get_moment_task_result', { jobid });
    return { status: r.status, type: r.type, result: r.result };
  }

  async listGroupChats(req: { owner_userids?: string[]; cursor?: string; limit?: number }): Promise<Paged<WecomGroupChatSummary>> {
    const body = {
      status_filter: 0,
      owner_filter: req.owner_userids ? { userid_list: req.owner_userids } : undefined,
      cursor: req.cursor,
      limit: req.limit ?? GROUPCHAT_PAGE_LIMIT,
    };
    const r = await this.post<{ group_chat_list?: WecomGroupChatSummary[]; next_cursor?: string }>('externalcontact/groupchat/list', body, true);
    return paged(r.group_chat_list, r.next_cursor);
  }

  async getGroupChat(chatId: string): Promise<WecomGroupChat> {
    return (await this.post<{ group_chat: WecomGroupChat }>('externalcontact/groupchat/get', { chat_id: chatId, need_name: 1 }, true)).group_chat;
  }

  async sendAppMessage(msg: AppMessage): Promise<{ invaliduser?: string }> {
    const r = await this.post<{ invaliduser?: string }>('message/send', { ...msg, agentid: Number(this.options.agentId) }, false);
    return { invaliduser: r.invaliduser || undefined };
  }

  async getUserBehaviorData(req: { userid?: string[]; start_time: number; end_time: number }): Promise<UserBehaviorData[]> {
    return (await this.post<{ behavior_data?: UserBehaviorData[] }>('externalcontact/get_user_behavior_data', req, true)).behavior_data ?? [];
  }

  private ticket(name: string, spec: WecomCallSpec): Promise<string> {
    return this.cache.get(this.keyPrefix + name, async () => {
      const r = await this.http.call<{ ticket: string; expires_in: number }>(spec);
      return { value: r.ticket, expiresInSeconds: r.expires_in };
    });
  }

  private read<T extends object>(endpoint: string, query?: WecomCallSpec['query']): Promise<T> {
    return this.http.call<T>({ endpoint, method: 'GET', query, idempotent: true });
  }

  private post<T extends object = object>(endpoint: string, json: unknown, idempotent: boolean): Promise<T> {
    return this.http.call<T>({ endpoint, method: 'POST', json, idempotent });
  }

  private async upload(endpoint: string, query: WecomCallSpec['query'], filename: string, data: Buffer, contentType: string): Promise<MediaUploadResult> {
    const form = (): FormData => {
      const body = new FormData();
      // WeCom reads the multipart field named "media" (WECOM.md §4.8).
      body.append('media', new Blob([Uint8Array.from(data)], { type: contentType }), filename);
      return body;
    };
    const r = await this.http.call<MediaUploadResult>({ endpoint, method: 'POST', query, form, idempotent: false });
    return { type: r.type, media_id: r.media_id, created_at: String(r.created_at) };
  }

  /** WeCom 84061 "不存在外部联系人的关系" means the member simply has no customers. */
  private async noContactsAsEmpty<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof WecomApiError && error.errcode === WECOM_ERRCODE.NO_EXTERNAL_CONTACT) return undefined;
      throw error;
    }
  }
}

function paged<T>(items: T[] | undefined, nextCursor: string | undefined): Paged<T> {
  return { items: items ?? [], next_cursor: nextCursor || undefined };
}
