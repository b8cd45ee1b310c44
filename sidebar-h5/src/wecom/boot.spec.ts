import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { JssdkSignature, Me } from '@/api/types';
import { runBoot, type BootDeps, type BootSdk } from './boot';
import type { BootStep } from './boot-types';
import type { DemoPick } from './dev-bridge/demo-pick';

const ADVISOR: Me = { staffId: 7, name: '王顾问', role: 'advisor', departmentId: 3, wecomUserId: 'wangli' };
const SIGNATURE: JssdkSignature = { timestamp: 1763700000, nonceStr: 'n0nce', signature: 'a'.repeat(40) };
const PICK: DemoPick = {
  userid: 'wangli',
  memberName: '王顾问',
  chat: { kind: 'contact', externalUserId: 'wmCLIENT1', name: '张先生' },
  contactIds: ['wmCLIENT1'],
};

type SdkScript = {
  entry?: string;
  userId?: string;
  chatId?: string;
  failWith?: { api: 'getContext' | 'getCurExternalContact'; error: unknown };
  neverAnswer?: boolean;
};

interface World {
  deps: BootDeps;
  /** Every port call in order, e.g. 'api.me', 'sdk.getCurExternalContact'. */
  log: string[];
  href(): string;
  signedUrls: string[];
  installedPicks: DemoPick[];
}

function fakeSdk(script: SdkScript, world: Pick<World, 'log' | 'href'>): BootSdk {
  let agentSignature: ((url: string) => unknown) | undefined;
  const answer = <T>(api: string, value: T): Promise<T> => {
    world.log.push(`sdk.${api}`);
    if (script.neverAnswer) return new Promise<T>(() => undefined);
    if (script.failWith?.api === api) return Promise.reject(script.failWith.error);
    return Promise.resolve(value);
  };
  const sdk = {
    register: (options: { getAgentConfigSignature?: (url: string) => unknown }) => {
      world.log.push('sdk.register');
      agentSignature = options.getAgentConfigSignature;
    },
    // Like the real SDK: the first API call signs the page URL without its fragment.
    getContext: async () => {
      await agentSignature?.(world.href().split('#')[0] ?? '');
      return answer('getContext', { entry: script.entry ?? 'single_chat_tools' });
    },
    getCurExternalContact: () => answer('getCurExternalContact', { userId: script.userId ?? 'wmCLIENT1' }),
    getCurExternalChat: () => answer('getCurExternalChat', { chatId: script.chatId ?? 'wrGROUP1' }),
  };
  return sdk as unknown as BootSdk;
}

function world(options: {
  href?: string;
  insideWecom?: boolean;
  foreignBridge?: boolean;
  simulator?: boolean;
  me?: Me | null;
  pick?: DemoPick | null;
  sdk?: SdkScript;
  failSession?: ApiError;
  failMe?: ApiError;
}): World {
  let href = options.href ?? 'https://vl.example.com/sidebar/#/portrait';
  const w = { log: [] as string[], signedUrls: [] as string[], installedPicks: [] as DemoPick[] };
  const record = <T>(name: string, value: T): Promise<T> => {
    w.log.push(name);
    return Promise.resolve(value);
  };
  const deps: BootDeps = {
    api: {
      fetchPublicConfig: () => record('api.publicConfig', { simulator: options.simulator ?? false }),
      fetchMeOrNull: () => (options.failMe ? Promise.reject(options.failMe) : record('api.me', options.me ?? null)),
      createSession: (code) => {
        w.log.push(`api.session:${code}`);
        if (options.failSession) return Promise.reject(options.failSession);
        return Promise.resolve({ staff: ADVISOR, expiresAt: '2026-12-01T00:00:00.000Z', token: 't' });
      },
      fetchJssdkConfig: () => record('api.jssdkConfig', { corpId: 'wwcorp', agentId: '1000002', jsApiList: ['getContext'] }),
      signCorpConfig: (url) => record(`api.signCorp`, SIGNATURE).finally(() => w.signedUrls.push(url)),
      signAgentConfig: (url) => record(`api.signAgent`, SIGNATURE).finally(() => w.signedUrls.push(url)),
      mintSimOauthCode: (userid) => record(`api.mint:${userid}`, { code: `sim-code-${userid}` }),
    },
    env: {
      href: () => href,
      replaceHref: (next) => {
        href = next;
      },
      isInsideWecom: () => options.insideWecom ?? true,
      hasForeignBridge: () => options.foreignBridge ?? false,
    },
    demo: {
      loadPick: () => options.pick ?? null,
      installBridge: async (pick) => {
        w.installedPicks.push(pick);
      },
    },
    loadSdk: async () => fakeSdk(options.sdk ?? {}, { log: w.log, href: () => href }),
    sdkTimeoutMs: 30,
  };
  return { deps, ...w, href: () => href };
}

describe('runBoot inside WeCom', () => {
  it('should resolve a 1:1 customer chat to the external contact', async () => {
    const w = world({ me: ADVISOR, sdk: { entry: 'single_chat_tools', userId: 'wmZHANG' } });

    const outcome = await runBoot(w.deps);

    expect(outcome).toEqual({ status: 'ready', me: ADVISOR, context: { kind: 'contact', externalUserId: 'wmZHANG' }, demo: false });
    expect(w.log).not.toContain('api.publicConfig');
    expect(w.log).not.toContain('sdk.getCurExternalChat');
  });

  it('should resolve a customer group chat to the chat id', async () => {
    const w = world({ me: ADVISOR, sdk: { entry: 'group_chat_tools', chatId: 'wrFAMILY' } });

    const outcome = await runBoot(w.deps);

    expect(outcome).toMatchObject({ status: 'ready', context: { kind: 'group', chatId: 'wrFAMILY' } });
    expect(w.log).not.toContain('sdk.getCurExternalContact');
  });

  it('should explain where to open the sidebar when it is not a customer chat toolbar', async () => {
    const w = world({ me: ADVISOR, sdk: { entry: 'normal' } });

    const outcome = await runBoot(w.deps);

    expect(outcome).toEqual({ status: 'failed', failure: { kind: 'outside-chat', detail: 'entry: normal' }, demo: false });
    expect(w.log.filter((entry) => entry.startsWith('sdk.getCur'))).toEqual([]);
  });

  it('should exchange an OAuth code and strip it before the JS-SDK signs the URL', async () => {
    const w = world({ href: 'https://vl.example.com/sidebar/?code=CODE123&state=%2Ffeed', sdk: {} });

    const outcome = await runBoot(w.deps);

    expect(outcome).toMatchObject({ status: 'ready', me: ADVISOR });
    expect(w.log).toContain('api.session:CODE123');
    expect(w.log).not.toContain('api.me');
    expect(w.href()).toBe('https://vl.example.com/sidebar/#/feed');
    expect(w.signedUrls).toEqual(['https://vl.example.com/sidebar/']);
  });

  it('should send a member without a session to WeCom OAuth, keeping the current route', async () => {
    const w = world({ href: 'https://vl.example.com/sidebar/#/tasks', me: null });

    const outcome = await runBoot(w.deps);

    expect(outcome).toEqual({ status: 'redirecting', url: '/api/auth/wecom/authorize?redirect=%2Fsidebar%2F%23%2Ftasks' });
    expect(w.log).not.toContain('sdk.register');
  });

  it('should explain the missing 客户联系 permission', async () => {
    const rejection = { errMsg: 'getCurExternalContact:fail no permission', errCode: -1 };
    const w = world({ me: ADVISOR, sdk: { failWith: { api: 'getCurExternalContact', error: rejection } } });

    const outcome = await runBoot(w.deps);

    expect(outcome).toMatchObject({ status: 'failed', failure: { kind: 'no-permission' } });
  });

  it('should show the signature self-check when agentConfig is rejected', async () => {
    const rejection = { errMsg: 'agentConfig:invalid signature', errCode: -1 };
    const w = world({ me: ADVISOR, sdk: { failWith: { api: 'getContext', error: rejection } } });

    const outcome = await runBoot(w.deps);

    expect(outcome).toMatchObject({ status: 'failed', failure: { kind: 'signature', detail: 'agentConfig:invalid signature (-1)' } });
  });

  it('should treat WeCom error 40093 as a signature failure', async () => {
    const rejection = { errMsg: 'agentConfig:fail', errCode: 40093 };
    const w = world({ me: ADVISOR, sdk: { failWith: { api: 'getContext', error: rejection } } });

    expect(await runBoot(w.deps)).toMatchObject({ failure: { kind: 'signature' } });
  });

  it('should offer a retry when the server cannot be reached', async () => {
    const w = world({ failMe: ApiError.network('h5-req-1') });

    expect(await runBoot(w.deps)).toMatchObject({ status: 'failed', failure: { kind: 'network', requestId: 'h5-req-1' } });
  });

  it('should say the account is not enabled when the server rejects the member', async () => {
    const notMember = ApiError.fromResponse(403, { code: 'WECOM_NOT_A_MEMBER', requestId: 'srv-9' }, undefined);
    const w = world({ href: 'https://vl.example.com/sidebar/?code=C', failSession: notMember });

    expect(await runBoot(w.deps)).toMatchObject({ status: 'failed', failure: { kind: 'not-member', requestId: 'srv-9' } });
  });

  it('should stop waiting for a client that never answers', async () => {
    const w = world({ me: ADVISOR, sdk: { neverAnswer: true } });

    expect(await runBoot(w.deps)).toMatchObject({ status: 'failed', failure: { kind: 'sdk' } });
  });

  it('should report each step in order', async () => {
    const steps: BootStep[] = [];
    await runBoot(world({ me: ADVISOR }).deps, (step) => steps.push(step));

    expect(steps).toEqual(['environment', 'session', 'jssdk', 'context']);
  });
});

describe('runBoot in a plain browser', () => {
  it('should refuse to run outside WeCom when the server is not a simulator', async () => {
    const w = world({ insideWecom: false, simulator: false });

    expect(await runBoot(w.deps)).toEqual({ status: 'failed', failure: { kind: 'outside-wecom' }, demo: false });
  });

  it('should not simulate WeCom inside another client such as WeChat', async () => {
    const w = world({ insideWecom: false, foreignBridge: true, simulator: true, pick: PICK });

    expect(await runBoot(w.deps)).toMatchObject({ status: 'failed', failure: { kind: 'outside-wecom' } });
    expect(w.installedPicks).toEqual([]);
  });

  it('should ask for a demo pick before logging in', async () => {
    const w = world({ insideWecom: false, simulator: true, pick: null });

    expect(await runBoot(w.deps)).toEqual({ status: 'demo-pick' });
    expect(w.log).toEqual(['api.publicConfig']);
  });

  it('should log in as the picked advisor with a simulator code and serve the picked chat', async () => {
    const w = world({ insideWecom: false, simulator: true, pick: PICK, me: null });

    const outcome = await runBoot(w.deps);

    expect(w.installedPicks).toEqual([PICK]);
    expect(w.log).toContain('api.mint:wangli');
    expect(w.log).toContain('api.session:sim-code-wangli');
    expect(outcome).toMatchObject({ status: 'ready', demo: true, context: { kind: 'contact', externalUserId: 'wmCLIENT1' } });
  });

  it('should reuse the session after a reload when it belongs to the picked advisor', async () => {
    const w = world({ insideWecom: false, simulator: true, pick: PICK, me: ADVISOR });

    await runBoot(w.deps);

    expect(w.log.some((entry) => entry.startsWith('api.mint') || entry.startsWith('api.session'))).toBe(false);
  });

  it('should switch the session when another advisor was picked', async () => {
    const other: Me = { ...ADVISOR, staffId: 8, wecomUserId: 'lihua' };
    const w = world({ insideWecom: false, simulator: true, pick: PICK, me: other });

    expect(await runBoot(w.deps)).toMatchObject({ status: 'ready', me: ADVISOR });
    expect(w.log).toContain('api.mint:wangli');
  });
});
