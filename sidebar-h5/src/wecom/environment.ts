/** How @wecom/jssdk recognises the WeCom client: `wxwork/<version>` in the user agent (dist/wecom.js line 14). */
export function isWecomUserAgent(userAgent: string): boolean {
  return /wxwork\/[\d.]+/i.test(userAgent);
}

/** The demo bridge marks itself, so this check needs no import of the bridge code (kept out of the entry chunk). */
export function isDevBridgeInstalled(): boolean {
  return (window.WeixinJSBridge as { isDevBridge?: unknown } | undefined)?.isDevBridge === true;
}
