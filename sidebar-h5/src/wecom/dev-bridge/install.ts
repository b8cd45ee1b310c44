import { isDevBridgeInstalled, isWecomUserAgent } from '../environment';
import { DevWeixinJsBridge, type DevBridgeState } from './bridge';

/*
 * @wecom/jssdk decides "inside WeCom" once, when its module is evaluated: `/wxwork\/([\d.]+)/i` against
 * navigator.userAgent (dist/wecom.js line 14), and it takes `window.WeixinJSBridge` as ready if present
 * then, otherwise it waits for document's `WeixinJSBridgeReady` event (lines 236–246). So demo mode must
 * install the bridge and the user agent before the SDK is first imported — see wecom/jssdk-loader.ts.
 *
 * Version 4.1.36 is above 3.0.24, so the SDK runs agentConfig alone, as current WeCom clients do (line 468).
 */
const SIMULATED_CLIENT_UA = 'wxwork/4.1.36 MicroMessenger/7.0.1 Language/zh ColorScheme/Light';

/** Idempotent: a second call (retry, another pick) updates the installed bridge. Demo mode only. */
export function installDevBridge(state: DevBridgeState): DevWeixinJsBridge {
  if (isDevBridgeInstalled()) {
    const installed = window.WeixinJSBridge as DevWeixinJsBridge;
    installed.update(state);
    return installed;
  }
  if (window.WeixinJSBridge) throw new Error('A native WeixinJSBridge is present; the dev bridge must not replace it.');
  if (!isWecomUserAgent(navigator.userAgent)) {
    // The UA string is read-only on the prototype; an own property on the instance shadows it for this page only.
    Object.defineProperty(navigator, 'userAgent', {
      value: `${navigator.userAgent} ${SIMULATED_CLIENT_UA}`,
      configurable: true,
    });
  }
  const bridge = new DevWeixinJsBridge(state);
  window.WeixinJSBridge = bridge;
  window.__VL_BRIDGE_CALLS__ = bridge.calls;
  document.dispatchEvent(new Event('WeixinJSBridgeReady'));
  return bridge;
}
