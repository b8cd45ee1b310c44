/**
 * Typed request/response shapes for the qyapi endpoints ValueLens uses (see shared WECOM.md §4).
 * The gateway is the only code that talks to qyapi; everything else depends on this interface.
 */

export interface WecomDepartment {
  id: number;
  name: string;
  parentid: number;
  order?: number;
}

export interface WecomMember {
  userid: string;
  name: string;
  department: number[];
  main_department?: number;
  position?: string;
  status?: number; // 1 active, 2 disabled, 4 not activated, 5 quit
}

export interface WecomFollowUser {
  userid: string;
  remark?: string;
  description?: string;
  createtime: number; // seconds
  tags?: { group_name: string; tag_name: string; tag_id?: string; type: 1 | 2 | 3 }[];
  state?: string;
  add_way?: number;
}

export interface WecomExternalContact {
  external_userid: string;
  name: string;
  avatar?: string;
  type: 1 | 2; // 1 WeChat user, 2 WeCom user
  gender?: 0 | 1 | 2;
  unionid?: string;
  corp_name?: string;
}

export interface WecomExternalContactDetail {
  external_contact: WecomExternalContact;
  follow_user: WecomFollowUser[];
}

export interface WecomCorpTagGroup {
  group_id: string;
  group_name: string;
  order?: number;
  tag: { id: string; name: string; order?: number; deleted?: boolean }[];
}

export interface WecomGroupChatSummary {
  chat_id: string;
  status: number;
}

export interface WecomGroupChat {
  chat_id: string;
  name: string;
  owner: string;
  create_time: number;
  notice?: string;
  member_list: { userid: string; type: 1 | 2; join_time: number; join_scene?: number; unionid?: string; name?: string }[];
  admin_list?: { userid: string }[];
}

export type MsgAttachment =
  | { msgtype: 'image'; image: { media_id?: string; pic_url?: string } }
  | { msgtype: 'link'; link: { title: string; picurl?: string; desc?: string; url: string } }
  | { msgtype: 'miniprogram'; miniprogram: { title: string; pic_media_id: string; appid: string; page: string } }
  | { msgtype: 'video'; video: { media_id: string } }
  | { msgtype: 'file'; file: { media_id: string } };

export interface AddMsgTemplateRequest {
  chat_type?: 'single' | 'group';
  external_userid?: string[]; // ≤ 10,000
  chat_id_list?: string[];
  sender?: string;
  allow_select?: boolean;
  text?: { content: string };
  attachments?: MsgAttachment[];
}

export interface AddMsgTemplateResponse {
  msgid: string;
  fail_list: string[];
}

export interface GroupMsgTask {
  userid: string;
  status: 0 | 2; // 0 not sent, 2 sent
  send_time?: number;
}

export interface GroupMsgSendResult {
  external_userid?: string;
  chat_id?: string;
  userid: string;
  status: 0 | 1 | 2 | 3; // 0 not sent, 1 sent, 2 not a friend, 3 received another mass-send (quota)
  send_time?: number;
}

/** One entry of get_groupmsg_list_v2 (WECOM.md §4.4): what was created, by whom, when. */
export interface GroupMsgRecord {
  msgid: string;
  creator?: string;
  create_time: number; // seconds
  create_type: 0 | 1; // 0 created by the corp (API), 1 by the member
  text?: { content?: string };
  attachments?: MsgAttachment[];
}

export interface GroupMsgListRequest {
  chat_type: 'single' | 'group';
  start_time: number; // seconds; the span may be at most one month
  end_time: number;
  creator?: string;
  filter_type?: 0 | 1 | 2; // 0 corp, 1 member, 2 all (default)
}

export interface Paged<T> {
  items: T[];
  next_cursor?: string;
}

export interface MomentTaskResult {
  status: 1 | 2 | 3;
  type: 'add_moment_task';
  result?: {
    errcode: number;
    errmsg: string;
    moment_id?: string;
    invalid_sender_list?: { user_list?: string[]; department_list?: number[] };
    invalid_external_contact_list?: { tag_list?: string[] };
  };
}

export interface MediaUploadResult {
  type: string;
  media_id: string;
  created_at: string;
}

export interface AppMessage {
  touser: string; // "a|b"
  msgtype: 'textcard' | 'text';
  text?: { content: string };
  textcard?: { title: string; description: string; url: string; btntxt?: string };
}

export interface UserBehaviorData {
  stat_time: number;
  chat_cnt: number;
  message_cnt: number;
  reply_percentage?: number;
  avg_reply_time?: number;
  negative_feedback_cnt: number;
  new_apply_cnt: number;
  new_contact_cnt: number;
}

/** What the rest of the server may ask of WeCom. Implemented by WecomGateway (HTTP to qyapi or the simulator). */
export interface WecomApi {
  getUserInfoByCode(code: string): Promise<{ userid?: string; openid?: string; external_userid?: string }>;
  listDepartments(): Promise<WecomDepartment[]>;
  listMembers(departmentId: number): Promise<WecomMember[]>;
  /** externalcontact/list; 84061 ("no contacts") answers []. */
  listExternalContactIds(userid: string): Promise<string[]>;
  getExternalContact(externalUserId: string): Promise<WecomExternalContactDetail>;
  /** externalcontact/batch/get_by_user, all pages. */
  batchGetExternalContacts(userids: string[]): Promise<{ external_contact: WecomExternalContact; follow_info: WecomFollowUser & { userid: string } }[]>;
  listCorpTags(): Promise<WecomCorpTagGroup[]>;
  markTag(req: { userid: string; external_userid: string; add_tag?: string[]; remove_tag?: string[] }): Promise<void>;
  addMsgTemplate(req: AddMsgTemplateRequest): Promise<AddMsgTemplateResponse>;
  /** externalcontact/get_groupmsg_list_v2, one page (≤ 100 records). */
  listGroupMsgs(req: GroupMsgListRequest, cursor?: string): Promise<Paged<GroupMsgRecord>>;
  getGroupMsgTask(msgid: string, cursor?: string): Promise<Paged<GroupMsgTask>>;
  getGroupMsgSendResult(msgid: string, userid: string, cursor?: string): Promise<Paged<GroupMsgSendResult>>;
  remindGroupMsgSend(msgid: string): Promise<void>;
  cancelGroupMsgSend(msgid: string): Promise<void>;
  uploadMedia(type: 'image' | 'voice' | 'video' | 'file', filename: string, data: Buffer, contentType: string): Promise<MediaUploadResult>;
  uploadAttachment(mediaType: 'image' | 'video' | 'file', attachmentType: 1 | 2, filename: string, data: Buffer, contentType: string): Promise<MediaUploadResult>;
  addMomentTask(req: { text?: { content: string }; attachments?: unknown[]; visible_range?: unknown }): Promise<{ jobid: string }>;
  getMomentTaskResult(jobid: string): Promise<MomentTaskResult>;
  listGroupChats(req: { owner_userids?: string[]; cursor?: string; limit?: number }): Promise<Paged<WecomGroupChatSummary>>;
  getGroupChat(chatId: string): Promise<WecomGroupChat>;
  sendAppMessage(msg: AppMessage): Promise<{ invaliduser?: string }>;
  getUserBehaviorData(req: { userid?: string[]; start_time: number; end_time: number }): Promise<UserBehaviorData[]>;
  /** Cached, single-flight tickets for JS-SDK signatures. */
  getCorpJsapiTicket(): Promise<string>;
  getAgentJsapiTicket(): Promise<string>;
  /** Cached, single-flight access token (exposed for the configuration self-check). */
  getAccessToken(): Promise<string>;
}

export const WECOM_API = Symbol('WECOM_API');

/** A qyapi error, carrying WeCom's own errcode so callers and logs can act on it. */
export class WecomApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    readonly endpoint: string,
  ) {
    super(`WeCom ${endpoint} failed: ${errcode} ${errmsg}`);
  }
}
