/**
 * Who is fetching a landing page. Only people count: link-preview fetchers, crawlers, scripts and
 * headless browsers are never recorded as opens or dwell.
 *
 * Two lines of defence:
 *  1. Recording happens only through the page script's beacons (see beacon.service.ts), so fetchers that
 *     do not run JavaScript — every link-preview generator we know of, including WeChat's and WeCom's,
 *     whose User-Agents are not published — cannot record anything even when this list misses them.
 *  2. This list, applied to the page (no script, no viewer cookie) and to every beacon.
 *
 * The list (case-insensitive substrings / patterns), kept in one place and documented in the report:
 *  - WeChat / WeCom / Sogou (WeChat article search) fetchers: WeChat-Preview, Weixin-Preview, WXWork-Preview,
 *    wechat/weixin/wxwork + bot|spider|crawler|preview, Sogou web spider, Sogou inst spider
 *  - chat and social link previews: Slackbot, Slack-ImgProxy, TelegramBot, facebookexternalhit, Facebot,
 *    Twitterbot, WhatsApp, LinkedInBot, Discordbot, SkypeUriPreview, DingTalkBot, Line/ (LINE previews), Iframely
 *  - search crawlers: Googlebot, bingbot, Baiduspider, YandexBot, Applebot, Bytespider, PetalBot, 360Spider,
 *    YisouSpider, DuckDuckBot
 *  - scripts and HTTP libraries: curl, Wget, python-requests, python-urllib, aiohttp, httpx, Go-http-client,
 *    Java/, okhttp, axios, node-fetch, undici, libwww-perl, HTTPie, PostmanRuntime, Apache-HttpClient
 *  - automation: HeadlessChrome, PhantomJS, Lighthouse, Selenium, Playwright
 *  - anything else calling itself bot / spider / crawler / preview / fetcher / scanner (as a word), and an
 *    empty User-Agent
 * plus, for the page itself, requests whose Accept header does not include text/html (browsers navigating
 * always send it; fetch-by-script and many fetchers do not).
 */
export type UaClass = 'wecom' | 'wechat' | 'mobile' | 'desktop' | 'bot';

const BOT_PATTERNS: readonly RegExp[] = [
  /we-?chat[-_ ]?(preview|bot|spider|crawler)/i,
  /weixin[-_ ]?(preview|bot|spider|crawler)/i,
  /wxwork[-_ ]?(preview|bot|spider|crawler)/i,
  /sogou (web|inst) spider/i,
  /slackbot|slack-imgproxy|telegrambot|facebookexternalhit|facebot|twitterbot|whatsapp|linkedinbot|discordbot|skypeuripreview|dingtalkbot|iframely|\bline\//i,
  /googlebot|bingbot|baiduspider|yandexbot|applebot|bytespider|petalbot|360spider|yisouspider|duckduckbot/i,
  /^curl\/|\bwget\/|python-requests|python-urllib|aiohttp|httpx|go-http-client|^java\/|okhttp|axios|node-fetch|undici|libwww-perl|httpie|postmanruntime|apache-httpclient/i,
  /headlesschrome|phantomjs|lighthouse|selenium|playwright/i,
  /\b(bot|spider|crawler|preview|fetcher|scanner)\b/i,
];

export function classifyUserAgent(userAgent: string | undefined): UaClass {
  const ua = (userAgent ?? '').trim();
  if (ua.length === 0 || BOT_PATTERNS.some((pattern) => pattern.test(ua))) return 'bot';
  // WeCom's webview carries both wxwork and MicroMessenger; check it first.
  if (/wxwork/i.test(ua)) return 'wecom';
  if (/micromessenger/i.test(ua)) return 'wechat';
  return /mobile|android|iphone|ipad/i.test(ua) ? 'mobile' : 'desktop';
}

/** A person's browser navigating to the page (gets the tracking script and a viewer cookie). */
export function isPersonNavigating(userAgent: string | undefined, accept: string | undefined): boolean {
  return classifyUserAgent(userAgent) !== 'bot' && /text\/html/i.test(accept ?? '');
}
