/// <reference types="vite/client" />
import type { BridgeCallRecord, BridgeCallback, BridgeParams } from './wecom/dev-bridge/bridge';

/** The object WeCom's webview injects (or the dev bridge in demo mode). */
interface WeixinJsBridgeLike {
  invoke(name: string, params?: BridgeParams, callback?: BridgeCallback): void;
  on(name: string, callback: BridgeCallback): void;
}

declare global {
  interface Window {
    WeixinJSBridge?: WeixinJsBridgeLike;
    /** Every call the dev bridge answered, for browser tests (demo mode only). */
    __VL_BRIDGE_CALLS__?: BridgeCallRecord[];
  }
}

export {};
