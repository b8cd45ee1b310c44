import { randomBytes } from 'node:crypto';
import { WecomCallbackCrypto } from '../crypto/callback-crypto.js';
import { buildEncryptedCallback, buildFlatXml } from '../crypto/callback-xml.js';
import type { WecomExternalContact } from '../gateway/wecom-gateway.types.js';
import type { Directory } from './directory.js';
import { invalidParameter } from './simulated-error.js';

/** The change_external_contact events the simulator can push (WECOM.md §4.9). */
export type SimulatedContactEvent =
  | { changeType: 'add_external_contact'; userid: string; externalUserId: string; contact?: Partial<WecomExternalContact>; state?: string; welcomeCode?: string }
  | { changeType: 'edit_external_contact'; userid: string; externalUserId: string; remark?: string; description?: string }
  | { changeType: 'del_external_contact'; userid: string; externalUserId: string; source?: string }
  | { changeType: 'del_follow_user'; userid: string; externalUserId: string }
  | { changeType: 'transfer_fail'; userid: string; externalUserId: string; failReason: 'customer_refused' | 'customer_limit_exceed' };

export interface CallbackTarget {
  /** The server's callback URL, e.g. http://127.0.0.1:3000/api/wecom/callback. */
  url: string;
  token: string;
  encodingAesKey: string;
}

export interface PushedCallback {
  status: number;
  responseBody: string;
  event: Record<string, string | number>;
}

/** Applies an event to the simulated corp, then delivers it encrypted, as WeCom would (receiveid = corpId). */
export class CallbackPusher {
  private readonly crypto: WecomCallbackCrypto | undefined;

  constructor(
    private readonly directory: Directory,
    private readonly corp: { corpId: string; agentId: string },
    private readonly target: CallbackTarget | undefined,
    private readonly now: () => number,
  ) {
    this.crypto = target ? new WecomCallbackCrypto(target.token, target.encodingAesKey, corp.corpId) : undefined;
  }

  async push(event: SimulatedContactEvent): Promise<PushedCallback> {
    if (!this.target || !this.crypto) invalidParameter('simulator has no callback target configured');
    if (!this.target.url) invalidParameter('callback URL not set yet (the server is not listening)');
    this.directory.requireMember(event.userid);
    const createTime = Math.floor(this.now() / 1000);
    this.apply(event, createTime);
    const fields = this.eventFields(event, createTime);
    const request = buildEncryptedCallback(this.crypto, buildFlatXml(fields), {
      toUserName: this.corp.corpId,
      agentId: this.corp.agentId,
      timestamp: String(createTime),
      nonce: randomBytes(8).toString('hex'),
    });
    const url = new URL(this.target.url);
    for (const [name, value] of Object.entries(request.query)) url.searchParams.set(name, value);
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: request.body });
    return { status: response.status, responseBody: await response.text(), event: fields };
  }

  private apply(event: SimulatedContactEvent, createTime: number): void {
    switch (event.changeType) {
      case 'add_external_contact': {
        const contact: WecomExternalContact = {
          name: '新客户',
          type: 1,
          ...this.directory.findContact(event.externalUserId)?.contact,
          ...event.contact,
          external_userid: event.externalUserId,
        };
        this.directory.addFollow(contact, { userid: event.userid, createtime: createTime, state: event.state, add_way: 1, tags: [] });
        return;
      }
      case 'edit_external_contact': {
        const follow = this.directory.follow(event.userid, event.externalUserId);
        if (!follow) invalidParameter('no such follow relation');
        if (event.remark !== undefined) follow.remark = event.remark;
        if (event.description !== undefined) follow.description = event.description;
        return;
      }
      case 'del_external_contact':
      case 'del_follow_user':
        this.directory.removeFollow(event.userid, event.externalUserId);
        return;
      case 'transfer_fail':
        return; // The customer stays with the original member.
    }
  }

  private eventFields(event: SimulatedContactEvent, createTime: number): Record<string, string | number> {
    const fields: Record<string, string | number> = {
      ToUserName: this.corp.corpId,
      FromUserName: 'sys',
      CreateTime: createTime,
      MsgType: 'event',
      Event: 'change_external_contact',
      ChangeType: event.changeType,
      UserID: event.userid,
      ExternalUserID: event.externalUserId,
    };
    if (event.changeType === 'add_external_contact') {
      if (event.state !== undefined) fields.State = event.state;
      fields.WelcomeCode = event.welcomeCode ?? randomBytes(16).toString('hex');
    }
    if (event.changeType === 'del_external_contact' && event.source !== undefined) fields.Source = event.source;
    if (event.changeType === 'transfer_fail') fields.FailReason = event.failReason;
    return fields;
  }
}
