import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@/api/types';
import type { BootApi } from './boot';
import type { DemoPick } from './dev-bridge/demo-pick';

/* The whole demo boot: real dev bridge, real @wecom/jssdk, fake server answers. */

const ADVISOR: Me = { staffId: 7, name: '王顾问', role: 'advisor', departmentId: 3, wecomUserId: 'wangli' };
const SIGNATURE = { timestamp: 1763700000, nonceStr: 'n0nce', signature: 'b'.repeat(40) };

function serverApi(): BootApi {
  return {
    fetchPublicConfig: async () => ({ simulator: true }),
    fetchMeOrNull: async () => null,
    createSession: async () => ({ staff: ADVISOR, expiresAt: '2026-12-01T00:00:00.000Z', token: 't' }),
    fetchJssdkConfig: async () => ({
      corpId: 'wwdemocorp',
      agentId: '1000002',
      jsApiList: ['getContext', 'getCurExternalContact', 'getCurExternalChat', 'sendChatMessage'],
    }),
    signCorpConfig: async () => SIGNATURE,
    signAgentConfig: async () => SIGNATURE,
    mintSimOauthCode: async (userid) => ({ code: `sim-${userid}` }),
  };
}

async function bootDemo(pick: DemoPick) {
  vi.resetModules();
  const { runBoot } = await import('./boot');
  const { installDevBridge } = await import('./dev-bridge/install');
  const { loadWecomSdk } = await import('./jssdk-loader');
  return runBoot({
    api: serverApi(),
    env: {
      href: () => window.location.href,
      replaceHref: () => undefined,
      isInsideWecom: () => false,
      hasForeignBridge: () => false,
    },
    demo: {
      loadPick: () => pick,
      installBridge: async (picked) => {
        installDevBridge({ chat: picked.chat, contactIds: picked.contactIds, faults: {} });
      },
    },
    loadSdk: loadWecomSdk,
  });
}

afterEach(() => {
  delete window.WeixinJSBridge;
  delete window.__VL_BRIDGE_CALLS__;
});

describe('demo boot over the real JS-SDK', () => {
  it('should land in the picked group chat', async () => {
    const outcome = await bootDemo({
      userid: 'wangli',
      memberName: '王顾问',
      chat: { kind: 'group', chatId: 'wrFAMILY', name: '家庭理财群' },
      contactIds: [],
    });

    expect(outcome).toEqual({ status: 'ready', me: ADVISOR, context: { kind: 'group', chatId: 'wrFAMILY' }, demo: true });
    expect(window.__VL_BRIDGE_CALLS__?.map((call) => call.name)).toEqual(['agentConfig', 'getContext', 'getCurExternalChat']);
  });
});
