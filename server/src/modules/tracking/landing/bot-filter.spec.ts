import { classifyUserAgent, isPersonNavigating } from './bot-filter.js';

const WECHAT_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/zh_CN';
const WECOM_ANDROID =
  'Mozilla/5.0 (Linux; Android 13; V2183A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0 Mobile Safari/537.36 wxwork/4.1.16 MicroMessenger/7.0.1 Language/zh';
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('classifyUserAgent', () => {
  it('should tell WeChat, WeCom, other mobile and desktop browsers apart', () => {
    expect(classifyUserAgent(WECHAT_IOS)).toBe('wechat');
    expect(classifyUserAgent(WECOM_ANDROID)).toBe('wecom');
    expect(classifyUserAgent('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36')).toBe('mobile');
    expect(classifyUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36')).toBe('desktop');
  });

  it.each([
    'WeChat-Preview/1.0',
    'Mozilla/5.0 (compatible; Weixin-Preview)',
    'WXWork-Preview',
    'Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'TelegramBot (like TwitterBot)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Twitterbot/1.0',
    'WhatsApp/2.23.18.78 i',
    'curl/8.4.0',
    'Wget/1.21.4',
    'python-requests/2.31.0',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    '',
  ])('should classify %p as a bot', (ua) => {
    expect(classifyUserAgent(ua)).toBe('bot');
  });

  it('should not mistake a phone brand containing "bot" for a bot', () => {
    expect(classifyUserAgent('Mozilla/5.0 (Linux; Android 10; Cubot X30) AppleWebKit/537.36 Chrome/90 Mobile Safari/537.36')).toBe('mobile');
  });
});

describe('isPersonNavigating', () => {
  it('should require a browser User-Agent and an Accept header that asks for HTML', () => {
    expect(isPersonNavigating(WECHAT_IOS, HTML)).toBe(true);
    expect(isPersonNavigating(WECHAT_IOS, '*/*')).toBe(false);
    expect(isPersonNavigating(WECHAT_IOS, undefined)).toBe(false);
    expect(isPersonNavigating('WeChat-Preview/1.0', HTML)).toBe(false);
  });
});
