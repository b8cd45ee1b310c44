/**
 * Checks a sendChatMessage body the way the WeCom client would reject it, following the SendChatMessage
 * union in @wecom/jssdk types (WECOM.md §1.3). Returns the err_msg keyword for a rejection, or null.
 */
type Fields = Partial<Record<string, unknown>>;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isHttpUrl = (value: unknown): boolean => isText(value) && /^https?:\/\//i.test(value);

function fieldsOf(params: Fields, key: string): Fields | null {
  const value = params[key];
  return value && typeof value === 'object' ? (value as Fields) : null;
}

export function chatMessageRejection(params: Fields, entry: string): string | null {
  const msgtype = params.msgtype;
  if (!isText(msgtype)) return 'fail invalid msgtype';
  // msgmenu and channels_shop_product exist only in the WeChat customer-service toolbar.
  if ((msgtype === 'msgmenu' || msgtype === 'channels_shop_product') && entry !== 'single_kf_tools') {
    return 'fail invalid msgtype';
  }
  const body = fieldsOf(params, msgtype === 'channels_shop_product' ? 'channelsShopProduct' : msgtype);
  if (!body) return 'fail invalid params';
  switch (msgtype) {
    case 'text':
      return isText(body.content) ? null : 'fail invalid params';
    case 'image':
    case 'video':
    case 'file':
      // Note the spelling: `mediaid`, no underscore, from the server's media/upload.
      return isText(body.mediaid) ? null : 'fail invalid mediaid';
    case 'news':
      if (!isHttpUrl(body.link)) return 'fail invalid link';
      return isText(body.title) && typeof body.desc === 'string' && isText(body.imgUrl) ? null : 'fail invalid params';
    case 'miniprogram':
      if (!isHttpUrl(body.imgUrl)) return 'fail invalid imgUrl';
      return isText(body.appid) && isText(body.title) && isText(body.page) && body.page.endsWith('.html')
        ? null
        : 'fail invalid params';
    case 'msgmenu':
    case 'channels_shop_product':
      return null;
    default:
      return 'fail invalid msgtype';
  }
}
