import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JssdkSignature } from '@/api/types';
import type { WecomSdk } from '../jssdk-loader';
import type { DevBridgeState } from './bridge';

/*
 * The real, unmodified @wecom/jssdk over the dev bridge. The SDK reads the user agent and the bridge
 * when its module is evaluated, so every test resets the module registry, installs the bridge and only
 * then loads the SDK — the same order the boot flow uses (vite.config.ts inlines the SDK for this).
 */

const SIGNATURE: JssdkSignature = {
  timestamp: 1763700000,
  nonceStr: 'Wm3WZYTPz0wzccnW',
  signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
};
const JS_API_LIST = ['getContext', 'getCurExternalContact', 'getCurExternalChat', 'sendChatMessage'];
const CONTACT_CHAT: DevBridgeState = {
  chat: { kind: 'contact', externalUserId: 'wmZHANG', name: '张先生' },
  contactIds: ['wmZHANG', 'wmLI'],
  faults: {},
};

interface Booted {
  ww: WecomSdk;
  signedUrls: string[];
}

async function bootRealSdk(
  state: DevBridgeState,
  signature: JssdkSignature = SIGNATURE,
  jsApiList = JS_API_LIST,
): Promise<Booted> {
  const { installDevBridge } = await import('./install');
  installDevBridge(state);
  const { loadWecomSdk } = await import('../jssdk-loader');
  const ww = await loadWecomSdk();
  const signedUrls: string[] = [];
  ww.register({
    corpId: 'wwdemocorp',
    agentId: 1000002,
    jsApiList,
    getConfigSignature: () => signature,
    getAgentConfigSignature: (url) => {
      signedUrls.push(url);
      return signature;
    },
  });
  return { ww, signedUrls };
}

function recordedCalls(name: string) {
  return (window.__VL_BRIDGE_CALLS__ ?? []).filter((call) => call.name === name);
}

beforeEach(() => {
  vi.resetModules();
  window.location.hash = '#/portrait';
});

afterEach(() => {
  delete window.WeixinJSBridge;
  delete window.__VL_BRIDGE_CALLS__;
});

describe('dev bridge under the real @wecom/jssdk', () => {
  it('should make the SDK believe it runs inside WeCom', async () => {
    const { ww } = await bootRealSdk(CONTACT_CHAT);

    const sdk = await import('@wecom/jssdk');
    expect(sdk.env.isWeCom).toBe(true);
    await expect(ww.getContext()).resolves.toMatchObject({ entry: 'single_chat_tools' });
  });

  it('should answer the picked 1:1 chat after agentConfig signed the URL without its fragment', async () => {
    const { ww, signedUrls } = await bootRealSdk(CONTACT_CHAT);

    const context = await ww.getContext();
    const contact = await ww.getCurExternalContact();

    expect(context.entry).toBe('single_chat_tools');
    expect(contact.userId).toBe('wmZHANG');
    expect(signedUrls).toEqual([window.location.href.split('#')[0]]);
    expect(recordedCalls('agentConfig')[0]?.params).toMatchObject({ corpid: 'wwdemocorp', agentid: '1000002' });
  });

  it('should answer the picked group chat and refuse the contact API there', async () => {
    const { ww } = await bootRealSdk({ ...CONTACT_CHAT, chat: { kind: 'group', chatId: 'wrFAMILY', name: '家庭理财群' } });

    await expect(ww.getContext()).resolves.toMatchObject({ entry: 'group_chat_tools' });
    await expect(ww.getCurExternalChat()).resolves.toMatchObject({ chatId: 'wrFAMILY' });
    await expect(ww.getCurExternalContact()).rejects.toMatchObject({
      errMsg: 'getCurExternalContact:fail without context of external contact',
    });
  });

  it('should record a news card sent into the chat', async () => {
    const { ww } = await bootRealSdk(CONTACT_CHAT);
    const news = { link: 'https://vl.example.com/t/abc123', title: '红利低波组合月报', desc: '稳健配置参考', imgUrl: 'https://vl.example.com/c.png' };

    await expect(ww.sendChatMessage({ msgtype: 'news', news })).resolves.toMatchObject({ errMsg: 'sendChatMessage:ok' });

    const [sent] = recordedCalls('sendChatMessage');
    expect(sent?.params).toMatchObject({ msgtype: 'news', news });
    expect(sent?.result.err_msg).toBe('sendChatMessage:ok');
  });

  it('should reject a news card without an http(s) link, as the client does', async () => {
    const { ww } = await bootRealSdk(CONTACT_CHAT);

    await expect(
      ww.sendChatMessage({ msgtype: 'news', news: { link: 'javascript:alert(1)', title: 't', desc: '', imgUrl: 'x' } }),
    ).rejects.toMatchObject({ errMsg: 'sendChatMessage:fail invalid link' });
  });

  it('should refuse an API that agentConfig did not list', async () => {
    const { ww } = await bootRealSdk(CONTACT_CHAT, SIGNATURE, ['getContext']);

    await expect(ww.getCurExternalContact()).rejects.toMatchObject({ errMsg: 'getCurExternalContact:fail no permission' });
  });

  it('should reject agentConfig signed with a millisecond timestamp', async () => {
    const { ww } = await bootRealSdk(CONTACT_CHAT, { ...SIGNATURE, timestamp: 1763700000123 });

    await expect(ww.getContext()).rejects.toMatchObject({ errMsg: 'agentConfig:invalid signature' });
  });

  it('should answer an injected fault so failure screens can be exercised', async () => {
    const { ww } = await bootRealSdk({ ...CONTACT_CHAT, faults: { getCurExternalContact: 'fail no permission' } });

    await expect(ww.getCurExternalContact()).rejects.toMatchObject({ errMsg: 'getCurExternalContact:fail no permission' });
  });

  it('should offer the advisor\'s contacts in selectExternalContact', async () => {
    const { ww } = await bootRealSdk(CONTACT_CHAT, SIGNATURE, [...JS_API_LIST, 'selectExternalContact']);

    await expect(ww.selectExternalContact({ filterType: 0 })).resolves.toMatchObject({ userIds: ['wmZHANG', 'wmLI'] });
  });

  it('should refuse to replace a native bridge', async () => {
    window.WeixinJSBridge = { invoke: () => undefined, on: () => undefined };
    const { installDevBridge } = await import('./install');

    expect(() => installDevBridge(CONTACT_CHAT)).toThrow(/native WeixinJSBridge/);
  });
});
