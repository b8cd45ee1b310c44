import { type Clock, systemClock } from '../../common/clock.js';
import type { AppMessage, GroupMsgSendResult } from '../gateway/wecom-gateway.types.js';
import { CallbackPusher, type CallbackTarget, type PushedCallback, type SimulatedContactEvent } from './callback-pusher.js';
import { CredentialAuthority } from './credentials.js';
import { Directory } from './directory.js';
import { Faults } from './faults.js';
import { MassSendBook } from './mass-send.js';
import { MediaStore } from './media-store.js';
import { MomentJobs } from './moment-jobs.js';
import type { SimulatorSeed } from './seed.js';

export interface SimulatorOptions {
  corpId: string;
  agentId: string;
  secret: string;
  /** Where to push encrypted change_external_contact events (receiveid = corpId). */
  callback?: CallbackTarget;
  /** Lifetime of access tokens and JS tickets; WeCom uses 7200. */
  tokenTtlSeconds?: number;
  seed?: SimulatorSeed;
  clock?: Clock;
  /** 127.0.0.1 and a random port unless given. */
  host?: string;
  port?: number;
}

export interface RecordedAppMessage {
  message: AppMessage & { agentid?: number };
  sentAt: number;
}

/**
 * Everything the simulated WeCom knows, plus the control functions tests and demo mode use to play the
 * member's and the customer's part (confirming a mass send, adding a customer, …).
 */
export class SimulatorState {
  readonly corpId: string;
  readonly agentId: string;
  readonly now: () => number;
  readonly directory: Directory;
  readonly credentials: CredentialAuthority;
  readonly massSends: MassSendBook;
  readonly media: MediaStore;
  readonly moments: MomentJobs;
  readonly faults = new Faults();
  readonly appMessages: RecordedAppMessage[] = [];
  private readonly callbacks: CallbackPusher;

  constructor(options: SimulatorOptions) {
    const clock = options.clock ?? systemClock;
    this.now = () => clock.now().getTime();
    this.corpId = options.corpId;
    this.agentId = options.agentId;
    this.directory = new Directory(options.seed);
    this.credentials = new CredentialAuthority(options.corpId, options.secret, options.tokenTtlSeconds ?? 7200, this.now);
    this.massSends = new MassSendBook(this.directory, this.now);
    this.media = new MediaStore(this.now);
    this.moments = new MomentJobs(this.directory, this.media);
    this.callbacks = new CallbackPusher(this.directory, { corpId: options.corpId, agentId: options.agentId }, options.callback, this.now);
  }

  /** A code as WeCom's OAuth redirect would carry it: single use, valid 5 minutes. */
  mintOAuthCode(userid: string): string {
    this.directory.requireMember(userid);
    return this.credentials.mintOAuthCode(userid);
  }

  /** The member confirms the mass-send task in their WeCom client. */
  confirmMassSend(msgid: string, userid: string): GroupMsgSendResult[] {
    return this.massSends.confirm(msgid, userid);
  }

  /** Changes the corp as the event says, then pushes it encrypted to the server's callback URL. */
  pushCallbackEvent(event: SimulatedContactEvent): Promise<PushedCallback> {
    return this.callbacks.push(event);
  }

  listAppMessages(): RecordedAppMessage[] {
    return [...this.appMessages];
  }

  injectErrors(endpoint: string, errcode: number, count: number): void {
    this.faults.injectErrors(endpoint, errcode, count);
  }

  setLatency(ms: number): void {
    this.faults.setLatency(ms);
  }

  expireAllTokens(): void {
    this.credentials.expireAll();
  }

  /** Calls per endpoint path under /cgi-bin/ (e.g. 'gettoken', 'externalcontact/list'). */
  callCount(endpoint: string): number {
    return this.faults.callCount(endpoint);
  }

  callCounts(): Record<string, number> {
    return this.faults.callCounts();
  }
}
