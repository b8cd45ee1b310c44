/**
 * The only way the app reaches @wecom/jssdk. The SDK captures navigator.userAgent and
 * window.WeixinJSBridge when its module is evaluated (see dev-bridge/install.ts), so it must never be
 * imported statically: demo mode installs the simulated bridge first, then the boot flow loads it here.
 * The dynamic import also keeps the SDK out of the entry bundle.
 */
export type WecomSdk = typeof import('./jssdk-adapter').wecomSdk;

let loading: Promise<WecomSdk> | undefined;

export function loadWecomSdk(): Promise<WecomSdk> {
  loading ??= import('./jssdk-adapter').then((module) => module.wecomSdk);
  return loading;
}
