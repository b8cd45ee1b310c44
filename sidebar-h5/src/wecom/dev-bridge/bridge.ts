import { chatMessageRejection } from './chat-message';
import type { DemoChat } from './demo-pick';

/*
 * A stand-in for the native `window.WeixinJSBridge` that WeCom's webview injects. @wecom/jssdk 2.4.4
 * talks to the client only through `WeixinJSBridge.invoke(name, params, callback)` and
 * `WeixinJSBridge.on(name, callback)` (dist/wecom.js `invoke`/`on`), and normalises the answer:
 * `err_msg` "<api>:ok" resolves, any other keyword rejects with `{errMsg, errCode}`.
 * So answering in the client's `{err_msg, ...fields}` shape lets the real, unmodified SDK run here.
 */

export type BridgeParams = Partial<Record<string, unknown>>;
export type BridgeResult = Record<string, unknown> & { err_msg: string };
export type BridgeCallback = (result: BridgeResult) => void;

export interface BridgeCallRecord {
  name: string;
  params: BridgeParams;
  result: BridgeResult;
  at: string;
}

export interface DevBridgeState {
  chat: DemoChat | null;
  contactIds: string[];
  /** Forced answers per JS-API name (e.g. `{ agentConfig: 'invalid signature' }`). */
  faults: Record<string, string>;
}

/** Sidebar APIs that WeCom only allows under app identity (agentConfig) — "本接口必须使用应用身份进行注册". */
const APP_IDENTITY_APIS = new Set([
  'getCurExternalContact',
  'getCurExternalChat',
  'sendChatMessage',
  'shareToExternalContact',
  'shareToExternalChat',
  'shareToExternalMoments',
  'openEnterpriseChat',
  'openExistedChatWithMsg',
  'navigateToAddCustomer',
  'selectExternalContact',
  'openUserProfile',
]);

const CHAT_TOOL_ENTRIES = new Set(['single_chat_tools', 'group_chat_tools']);

const isFilled = (value: unknown): boolean => (typeof value === 'string' || typeof value === 'number') && `${value}` !== '';

/** What WeCom checks before it even compares hashes; a millisecond timestamp is a classic mistake (WECOM.md §5.3). */
function signatureLooksValid(params: BridgeParams, keys: { timestamp: string; nonce: string; signature: string }): boolean {
  const timestamp = `${String(params[keys.timestamp] ?? '')}`;
  const seconds = /^\d{9,10}$/.test(timestamp);
  const signature = typeof params[keys.signature] === 'string' && /^[0-9a-f]{40}$/i.test(params[keys.signature] as string);
  return seconds && isFilled(params[keys.nonce]) && signature;
}

function cloneParams(params: BridgeParams): BridgeParams {
  try {
    return JSON.parse(JSON.stringify(params)) as BridgeParams;
  } catch {
    return { ...params };
  }
}

export class DevWeixinJsBridge {
  /** Lets the boot flow tell this bridge from a native one. */
  readonly isDevBridge = true;
  readonly calls: BridgeCallRecord[] = [];
  private corpVerified = false;
  private agentJsApis: Set<string> | null = null;
  private readonly listeners = new Map<string, BridgeCallback[]>();

  constructor(private state: DevBridgeState) {}

  update(state: DevBridgeState): void {
    this.state = state;
  }

  invoke(name: string, params: BridgeParams = {}, callback?: BridgeCallback): void {
    const result = this.answer(name, params);
    this.calls.push({ name, params: cloneParams(params), result, at: new Date().toISOString() });
    // The native bridge always answers asynchronously.
    setTimeout(() => callback?.(result), 0);
  }

  on(name: string, callback: BridgeCallback): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), callback]);
  }

  /** Fires a client event (menu share, history back …) to listeners registered through `ww.on`. */
  emit(name: string, payload: Record<string, unknown> = {}): void {
    for (const listener of this.listeners.get(name) ?? []) listener({ err_msg: `${name}:ok`, ...payload });
  }

  get entry(): string {
    if (!this.state.chat) return 'normal';
    return this.state.chat.kind === 'contact' ? 'single_chat_tools' : 'group_chat_tools';
  }

  private answer(name: string, params: BridgeParams): BridgeResult {
    const fault = this.state.faults[name];
    if (fault) return { err_msg: `${name}:${fault}` };
    if (name === 'preVerifyJSAPI') return this.verifyCorp(params);
    if (name === 'agentConfig') return this.verifyAgent(params);
    if (name === 'checkJsApi') return this.checkJsApi(params);
    if (name === 'getContext') {
      if (!this.corpVerified && !this.agentJsApis) return { err_msg: 'getContext:fail no permission' };
      return { err_msg: 'getContext:ok', entry: this.entry };
    }
    if (!APP_IDENTITY_APIS.has(name)) return { err_msg: `${name}:fail function not exist` };
    if (!this.agentJsApis?.has(name)) return { err_msg: `${name}:fail no permission` };
    return this.answerSidebarApi(name, params);
  }

  private answerSidebarApi(name: string, params: BridgeParams): BridgeResult {
    const chat = this.state.chat;
    switch (name) {
      case 'getCurExternalContact':
        return chat?.kind === 'contact'
          ? { err_msg: `${name}:ok`, userId: chat.externalUserId }
          : { err_msg: `${name}:fail without context of external contact` };
      case 'getCurExternalChat':
        return chat?.kind === 'group'
          ? { err_msg: `${name}:ok`, chatId: chat.chatId }
          : { err_msg: `${name}:fail without context of external chat` };
      case 'sendChatMessage': {
        if (!CHAT_TOOL_ENTRIES.has(this.entry)) return { err_msg: `${name}:fail without context of chat` };
        const rejection = chatMessageRejection(params, this.entry);
        return { err_msg: `${name}:${rejection ?? 'ok'}` };
      }
      case 'openEnterpriseChat':
        return { err_msg: `${name}:ok`, chatId: chat?.kind === 'group' ? chat.chatId : `wrDemo${this.calls.length}` };
      case 'selectExternalContact':
        return { err_msg: `${name}:ok`, userIds: [...this.state.contactIds] };
      default:
        return { err_msg: `${name}:ok` };
    }
  }

  private verifyCorp(params: BridgeParams): BridgeResult {
    const valid =
      isFilled(params.verifyAppId) &&
      signatureLooksValid(params, { timestamp: 'verifyTimestamp', nonce: 'verifyNonceStr', signature: 'verifySignature' });
    if (!valid) return { err_msg: 'config:invalid signature' };
    this.corpVerified = true;
    return { err_msg: 'config:ok' };
  }

  private verifyAgent(params: BridgeParams): BridgeResult {
    const valid =
      isFilled(params.corpid) &&
      isFilled(params.agentid) &&
      signatureLooksValid(params, { timestamp: 'timestamp', nonce: 'nonceStr', signature: 'signature' });
    if (!valid) return { err_msg: 'agentConfig:invalid signature' };
    const jsApiList = Array.isArray(params.jsApiList) ? params.jsApiList.filter((api) => typeof api === 'string') : [];
    this.agentJsApis = new Set(jsApiList);
    return { err_msg: 'agentConfig:ok' };
  }

  private checkJsApi(params: BridgeParams): BridgeResult {
    const names = Array.isArray(params.jsApiList) ? params.jsApiList.filter((api) => typeof api === 'string') : [];
    const supported = (api: string) => api === 'getContext' || APP_IDENTITY_APIS.has(api);
    return { err_msg: 'checkJsApi:ok', checkResult: Object.fromEntries(names.map((api) => [api, supported(api)])) };
  }
}
