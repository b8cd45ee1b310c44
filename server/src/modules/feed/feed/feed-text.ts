/**
 * The behaviour feed's Chinese sentences, built from an item's data so a reading session can be
 * re-worded as heartbeats arrive ("王女士阅读《…》3分12秒，并将 600519 加入自选").
 */

/** "王女士" / "李先生" for a Chinese name with a known gender; otherwise the name as the advisor knows it. */
export function clientLabel(name: string, gender: 'male' | 'female' | null): string {
  const trimmed = name.trim();
  if (gender && /^[\u4e00-\u9fa5]{2,4}$/.test(trimmed)) return `${trimmed[0]}${gender === 'female' ? '女士' : '先生'}`;
  return trimmed || '客户';
}

export function durationZh(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}秒`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}分${seconds % 60}秒`;
  return `${Math.floor(minutes / 60)}小时${minutes % 60}分`;
}

/** Amounts the way advisors say them: 8,000元 / 5万元 / 12.35万元 / 1.20亿元. */
export function amountZh(amount: number): string {
  const abs = Math.abs(amount);
  if (abs >= 1e8) return `${(amount / 1e8).toFixed(2)}亿元`;
  if (abs >= 1e4) {
    const wan = amount / 1e4;
    return `${Number.isInteger(wan) ? wan : wan.toFixed(2)}万元`;
  }
  return `${Math.round(amount).toLocaleString('en-US')}元`;
}

export interface ReadingSentence {
  who: string;
  title: string;
  dwellMs: number;
  isForward: boolean;
  clickedCodes: string[];
  watchlistCodes: string[];
}

export function readingText(r: ReadingSentence): string {
  const title = `《${r.title}》`;
  const reading = r.dwellMs >= 1000 ? `阅读${durationZh(r.dwellMs)}` : '';
  let text = r.isForward
    ? `${r.who}转发的${title}被他人打开${reading ? `，${reading}` : ''}`
    : reading
      ? `${r.who}阅读${title}${durationZh(r.dwellMs)}`
      : `${r.who}打开了${title}`;
  if (r.clickedCodes.length > 0) text += `，点击了产品 ${r.clickedCodes.join('、')}`;
  if (r.watchlistCodes.length > 0) text += `，并将 ${r.watchlistCodes.join('、')} 加入自选`;
  return text;
}

export type AppEventKind = 'watchlist_add' | 'product_view' | 'purchase' | 'redemption' | 'complaint' | 'cash_in' | 'cash_out';

export function appEventText(kind: AppEventKind, who: string, code: string | null, amount: number | null): string {
  const product = code ? ` ${code}` : '产品';
  const money = amount !== null && amount > 0 ? `（${amountZh(amount)}）` : '';
  switch (kind) {
    case 'watchlist_add':
      return code ? `${who}将 ${code} 加入自选` : `${who}添加了自选`;
    case 'product_view':
      return `${who}查看了产品${code ? ` ${code}` : ''}`;
    case 'purchase':
      return `${who}购买了${product}${money}`;
    case 'redemption':
      return `${who}赎回了${product}${money}`;
    case 'complaint':
      return `${who}提交了投诉`;
    case 'cash_in':
      return `${who}转入资金${amount !== null ? amountZh(amount) : ''}`;
    case 'cash_out':
      return `${who}转出资金${amount !== null ? amountZh(amount) : ''}`;
  }
}

export function followChangeText(kind: 'client_added' | 'client_deleted' | 'advisor_deleted', who: string): string {
  switch (kind) {
    case 'client_added':
      return `${who}添加了您为企业微信联系人`;
    case 'client_deleted':
      return `${who}删除了您的企业微信`;
    case 'advisor_deleted':
      return `您删除了客户${who}`;
  }
}

export function sendText(title: string, kind: 'script' | 'material'): string {
  return kind === 'script' ? `您发送了话术《${title}》` : `您发送了《${title}》`;
}

export function followUpText(note: string): string {
  const short = note.length > 60 ? `${note.slice(0, 60)}…` : note;
  return `您记录了跟进：${short}`;
}
