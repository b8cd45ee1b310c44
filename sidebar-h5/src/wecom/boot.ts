import { wecomAuthorizeUrl } from '@/api/auth';
import type { JssdkConfig, JssdkSignature, Me, PublicConfig, SessionResponse } from '@/api/types';
import { SdkTimeoutError, classifyBootError } from './boot-failure';
import type { BootOutcome, BootStep, ChatContext } from './boot-types';
import type { DemoPick } from './dev-bridge/demo-pick';
import type { WecomSdk } from './jssdk-loader';
import { readOauthReturn, returnPathOf } from './oauth-return';

/*
 * The sidebar's boot, as one function over injected ports so every branch is testable:
 *   environment (WeCom client, or the simulator's demo mode) → session (OAuth code or cookie)
 *   → JS-SDK registration (server-signed config + agentConfig) → chat context (DESIGN §4, data flow 1).
 * It never throws: every failure ends in a screen the advisor can act on.
 */

export interface BootApi {
  fetchPublicConfig(): Promise<PublicConfig>;
  /** Resolves null on 401 (no session yet). */
  fetchMeOrNull(): Promise<Me | null>;
  createSession(code: string): Promise<SessionResponse>;
  fetchJssdkConfig(): Promise<JssdkConfig>;
  signCorpConfig(url: string): Promise<JssdkSignature>;
  signAgentConfig(url: string): Promise<JssdkSignature>;
  mintSimOauthCode(userid: string): Promise<{ code: string }>;
}

export interface BootEnvironment {
  href(): string;
  /** history.replaceState: drop the OAuth code before anything signs the URL. */
  replaceHref(href: string): void;
  /** A real WeCom client (its user agent), not the dev bridge. */
  isInsideWecom(): boolean;
  /** Some other client's bridge (WeChat, …): never replaced by the dev bridge. */
  hasForeignBridge(): boolean;
}

export interface BootDemoSupport {
  loadPick(): DemoPick | null;
  installBridge(pick: DemoPick): Promise<void>;
}

export type BootSdk = Pick<WecomSdk, 'register' | 'getContext' | 'getCurExternalContact' | 'getCurExternalChat'>;

export interface BootDeps {
  api: BootApi;
  env: BootEnvironment;
  demo: BootDemoSupport;
  loadSdk(): Promise<BootSdk>;
  /** How long to wait for the client bridge before showing a failure instead of a spinner forever. */
  sdkTimeoutMs?: number;
}

type SessionResult = { me: Me } | { redirect: string };

function withTimeout<T>(api: string, promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new SdkTimeoutError(api)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function establishSession({ api, env }: BootDeps, pick: DemoPick | null): Promise<SessionResult> {
  const oauth = readOauthReturn(env.href());
  if (oauth.code !== null) {
    env.replaceHref(oauth.cleanHref);
    return { me: (await api.createSession(oauth.code)).staff };
  }
  const current = await api.fetchMeOrNull();
  if (pick) {
    // Demo mode: the picker stands in for WeCom's OAuth page; reuse the session when it is the picked member.
    if (current?.wecomUserId === pick.userid) return { me: current };
    const { code } = await api.mintSimOauthCode(pick.userid);
    return { me: (await api.createSession(code)).staff };
  }
  if (current) return { me: current };
  return { redirect: wecomAuthorizeUrl(returnPathOf(env.href())) };
}

async function resolveChatContext(sdk: BootSdk, timeoutMs: number): Promise<ChatContext | { entry: string }> {
  const { entry } = await withTimeout('getContext', sdk.getContext(), timeoutMs);
  if (entry === 'single_chat_tools') {
    const { userId } = await withTimeout('getCurExternalContact', sdk.getCurExternalContact(), timeoutMs);
    return { kind: 'contact', externalUserId: userId };
  }
  if (entry === 'group_chat_tools') {
    const { chatId } = await withTimeout('getCurExternalChat', sdk.getCurExternalChat(), timeoutMs);
    return { kind: 'group', chatId };
  }
  return { entry };
}

export async function runBoot(deps: BootDeps, onStep: (step: BootStep) => void = () => undefined): Promise<BootOutcome> {
  const timeoutMs = deps.sdkTimeoutMs ?? 15_000;
  let demo = false;
  try {
    onStep('environment');
    let pick: DemoPick | null = null;
    if (!deps.env.isInsideWecom()) {
      const config = await deps.api.fetchPublicConfig();
      if (!config.simulator || deps.env.hasForeignBridge()) {
        return { status: 'failed', failure: { kind: 'outside-wecom' }, demo };
      }
      demo = true;
      pick = deps.demo.loadPick();
      if (!pick) return { status: 'demo-pick' };
      await deps.demo.installBridge(pick);
    }

    onStep('session');
    const session = await establishSession(deps, pick);
    if ('redirect' in session) return { status: 'redirecting', url: session.redirect };

    onStep('jssdk');
    const [sdk, config] = await Promise.all([deps.loadSdk(), deps.api.fetchJssdkConfig()]);
    sdk.register({
      corpId: config.corpId,
      agentId: config.agentId,
      jsApiList: config.jsApiList,
      // Both identities: sidebar APIs need agentConfig; clients older than 3.0.24 need config first (WECOM.md §1.2).
      getConfigSignature: (url) => deps.api.signCorpConfig(url),
      getAgentConfigSignature: (url) => deps.api.signAgentConfig(url),
    });

    onStep('context');
    const context = await resolveChatContext(sdk, timeoutMs);
    if ('entry' in context) {
      return { status: 'failed', failure: { kind: 'outside-chat', detail: `entry: ${context.entry}` }, demo };
    }
    return { status: 'ready', me: session.me, context, demo };
  } catch (error) {
    return { status: 'failed', failure: classifyBootError(error), demo };
  }
}
