import { randomBytes } from 'node:crypto';
import type {
  AddMsgTemplateRequest,
  AddMsgTemplateResponse,
  GroupMsgSendResult,
  GroupMsgTask,
} from '../gateway/wecom-gateway.types.js';
import type { Directory } from './directory.js';
import { invalidParameter } from './simulated-error.js';

/** Limits of externalcontact/add_msg_template and friends (WECOM.md §4.4, official 92135 / 97610). */
const MAX_EXTERNAL_USERIDS = 10_000;
const MAX_CHAT_IDS = 2_000;
const MAX_TEXT_BYTES = 4_000;
const MAX_ATTACHMENTS = 9;
const MAX_REMINDERS_PER_DAY = 3;
const DAY_MS = 86_400_000;

type Recipient = { external_userid?: string; chat_id?: string; status: GroupMsgSendResult['status']; send_time?: number };
interface SenderTask {
  userid: string;
  status: GroupMsgTask['status'];
  send_time?: number;
  recipients: Recipient[];
}
interface MassSend {
  msgid: string;
  tasks: Map<string, SenderTask>;
  cancelled: boolean;
  reminders: number[];
}

/** Mass sends: one task per sender that waits for the member to confirm it in WeCom. */
export class MassSendBook {
  private readonly sends = new Map<string, MassSend>();
  /** How many mass messages each customer / group received per month (China time). */
  private readonly received = new Map<string, number>();

  constructor(
    private readonly directory: Directory,
    private readonly now: () => number,
  ) {}

  create(req: AddMsgTemplateRequest): AddMsgTemplateResponse {
    const chatType = req.chat_type ?? 'single';
    validateContent(req);
    const failList: string[] = [];
    const bySender = chatType === 'group' ? this.groupRecipients(req, failList) : this.singleRecipients(req, failList);
    const msgid = `msg${randomBytes(12).toString('base64url')}`;
    const tasks = new Map<string, SenderTask>();
    for (const [userid, recipients] of bySender) tasks.set(userid, { userid, status: 0, recipients });
    this.sends.set(msgid, { msgid, tasks, cancelled: false, reminders: [] });
    return { msgid, fail_list: failList };
  }

  tasks(msgid: string): GroupMsgTask[] {
    return [...this.require(msgid).tasks.values()].map(({ userid, status, send_time }) => ({ userid, status, send_time }));
  }

  results(msgid: string, userid: string): GroupMsgSendResult[] {
    const task = this.require(msgid).tasks.get(userid);
    return (task?.recipients ?? []).map((r) => ({ ...r, userid }));
  }

  remind(msgid: string): void {
    const send = this.require(msgid);
    if (send.cancelled) invalidParameter('mass send was cancelled');
    const now = this.now();
    send.reminders = send.reminders.filter((at) => at > now - DAY_MS);
    // "24小时内每个群发最多触发三次提醒" (official 97610).
    if (send.reminders.length >= MAX_REMINDERS_PER_DAY) invalidParameter('remind limit reached: 3 per msgid per 24 hours');
    send.reminders.push(now);
  }

  cancel(msgid: string): void {
    this.require(msgid).cancelled = true;
  }

  /** The member taps "send" in WeCom: each recipient gets sent / not a friend / quota reached. */
  confirm(msgid: string, userid: string): GroupMsgSendResult[] {
    const send = this.require(msgid);
    const task = send.tasks.get(userid);
    if (!task) invalidParameter(`no task for ${userid} in ${msgid}`);
    if (send.cancelled) invalidParameter('mass send was cancelled');
    if (task.status === 0) {
      const now = this.now();
      const sendTime = Math.floor(now / 1000);
      task.status = 2;
      task.send_time = sendTime;
      for (const recipient of task.recipients) {
        recipient.status = this.deliver(userid, recipient, now);
        recipient.send_time = recipient.status === 1 ? sendTime : undefined;
      }
    }
    return this.results(msgid, userid);
  }

  private deliver(userid: string, recipient: Recipient, now: number): Recipient['status'] {
    const target = recipient.external_userid ?? recipient.chat_id ?? '';
    const stillConnected = recipient.external_userid
      ? this.directory.follow(userid, recipient.external_userid) !== undefined
      : this.directory.groupChats.has(target);
    if (!stillConnected) return 2;
    // "每位客户/每个客户群每月最多可接收条数为当月天数" (official 92135).
    const month = chinaMonth(now);
    const key = `${target}|${month.key}`;
    const count = this.received.get(key) ?? 0;
    if (count >= month.days) return 3;
    this.received.set(key, count + 1);
    return 1;
  }

  private singleRecipients(req: AddMsgTemplateRequest, failList: string[]): Map<string, Recipient[]> {
    const ids = req.external_userid ?? [];
    if (ids.length > MAX_EXTERNAL_USERIDS) invalidParameter('external_userid exceeds 10000');
    if (ids.length === 0 && !req.sender) invalidParameter('external_userid and sender are both empty');
    if (req.sender) this.directory.requireMember(req.sender);
    const bySender = new Map<string, Recipient[]>();
    const add = (sender: string, recipient: Recipient): void => {
      bySender.set(sender, [...(bySender.get(sender) ?? []), recipient]);
    };
    if (ids.length === 0 && req.sender) {
      for (const id of this.directory.contactIdsOf(req.sender)) add(req.sender, { external_userid: id, status: 0 });
      return bySender;
    }
    for (const id of new Set(ids)) {
      const sender = req.sender
        ? this.directory.follow(req.sender, id) && req.sender
        : this.directory.latestFollower(id);
      if (sender) add(sender, { external_userid: id, status: 0 });
      else failList.push(id);
    }
    return bySender;
  }

  private groupRecipients(req: AddMsgTemplateRequest, failList: string[]): Map<string, Recipient[]> {
    if (!req.sender) invalidParameter('sender is required for chat_type group');
    this.directory.requireMember(req.sender);
    const chatIds = req.chat_id_list ?? [...this.directory.groupChats.values()].filter((c) => c.owner === req.sender).map((c) => c.chat_id);
    if (chatIds.length > MAX_CHAT_IDS) invalidParameter('chat_id_list exceeds 2000');
    const recipients: Recipient[] = [];
    for (const chatId of new Set(chatIds)) {
      if (this.directory.groupChats.get(chatId)?.owner === req.sender) recipients.push({ chat_id: chatId, status: 0 });
      else failList.push(chatId);
    }
    return new Map([[req.sender, recipients]]);
  }

  private require(msgid: string | undefined): MassSend {
    const send = msgid ? this.sends.get(msgid) : undefined;
    if (!send) invalidParameter(`invalid msgid: ${msgid ?? ''}`);
    return send;
  }
}

function validateContent(req: AddMsgTemplateRequest): void {
  if (req.chat_type !== undefined && req.chat_type !== 'single' && req.chat_type !== 'group') invalidParameter('invalid chat_type');
  const text = req.text?.content ?? '';
  const attachments = req.attachments ?? [];
  if (!text && attachments.length === 0) invalidParameter('text and attachments are both empty');
  if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES) invalidParameter('text.content exceeds 4000 bytes');
  if (attachments.length > MAX_ATTACHMENTS) invalidParameter('attachments exceed 9');
}

/** WeCom counts months in China Standard Time (UTC+8, no daylight saving). */
function chinaMonth(epochMs: number): { key: string; days: number } {
  const local = new Date(epochMs + 8 * 3_600_000);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  return { key: `${year}-${month + 1}`, days: new Date(Date.UTC(year, month + 1, 0)).getUTCDate() };
}
