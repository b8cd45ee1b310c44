import { createHash } from 'node:crypto';

/**
 * JS-SDK signature (official 90506 / 96909, WECOM.md §2.1): sha1 of
 * `jsapi_ticket=…&noncestr=…&timestamp=…&url=…` in this fixed order with raw values — no URL-encoding.
 * `timestamp` is in seconds; `url` is the page URL without '#…', exactly as the page sent it.
 */
export function signJsapi(ticket: string, nonceStr: string, timestamp: number, url: string): string {
  return createHash('sha1').update(`jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url}`).digest('hex');
}
