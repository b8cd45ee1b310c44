import { ApiError } from '@/api/api-error';
import { createWecomSession, fetchMe } from '@/api/auth';
import type { RequestOptions } from '@/api/http';
import { fetchJssdkConfig, signAgentConfig, signCorpConfig } from '@/api/jssdk';
import { fetchPublicConfig } from '@/api/public-config';
import { mintSimOauthCode } from '@/api/simulator';
import type { BootDeps } from './boot';
import { loadBridgeFaults, loadDemoPick } from './dev-bridge/demo-pick';
import { isDevBridgeInstalled, isWecomUserAgent } from './environment';
import { loadWecomSdk } from './jssdk-loader';

/** Boot renders its own failure screens, and it is what a re-login would run. */
const BOOT_REQUEST: RequestOptions = { toast: false, relogin: false };

/** The boot ports wired to this page: real HTTP, location/history, sessionStorage and the real SDK. */
export function browserBootDeps(): BootDeps {
  return {
    api: {
      fetchPublicConfig: () => fetchPublicConfig(BOOT_REQUEST),
      fetchMeOrNull: () =>
        fetchMe(BOOT_REQUEST).catch((error: unknown) => {
          if (error instanceof ApiError && error.isUnauthenticated) return null;
          throw error;
        }),
      createSession: (code) => createWecomSession(code, BOOT_REQUEST),
      fetchJssdkConfig: () => fetchJssdkConfig(BOOT_REQUEST),
      signCorpConfig: (url) => signCorpConfig(url, BOOT_REQUEST),
      signAgentConfig: (url) => signAgentConfig(url, BOOT_REQUEST),
      mintSimOauthCode: (userid) => mintSimOauthCode(userid, BOOT_REQUEST),
    },
    env: {
      href: () => window.location.href,
      replaceHref: (href) => window.history.replaceState(window.history.state, '', href),
      // Once the dev bridge is installed the user agent says wxwork too; it is still demo mode.
      isInsideWecom: () => isWecomUserAgent(navigator.userAgent) && !isDevBridgeInstalled(),
      hasForeignBridge: () => !!window.WeixinJSBridge && !isDevBridgeInstalled(),
    },
    demo: {
      loadPick: () => loadDemoPick(window.sessionStorage),
      // Loaded on demand: advisors inside WeCom never download the simulated bridge.
      installBridge: async (pick) => {
        const { installDevBridge } = await import('./dev-bridge/install');
        installDevBridge({ chat: pick.chat, contactIds: pick.contactIds, faults: loadBridgeFaults(window.sessionStorage) });
      },
    },
    loadSdk: loadWecomSdk,
  };
}
