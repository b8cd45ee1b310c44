import { CONTENT_FRAMINGS, type ContentFormat } from '../../modules/portrait/engine/inputs.js';
import type { BehaviourProfile } from './profiles.js';
import type { Rng } from './prng.js';
import type { EventRow, ProductRow } from './types.js';

const PAGES = ['home', 'assets', 'market', 'news', 'mall', 'mine'];
const SHARE_CHANNELS = ['wechat_friend', 'moments', 'wecom'];
const COURSE_IDS = Array.from({ length: 20 }, (_, i) => `C${String(i + 1).padStart(3, '0')}`);
const CONTENT_POOL = 400;

export interface EventContext {
  clientId: string;
  asOf: number;
  startAt: number;
  /** Total app/content events to emit (before course progress). */
  budget: number;
  /** The client has a chat archive (WeCom session archiving enabled for this advisor). */
  hasChatArchive: boolean;
  /** Current drawdown 0–1: clients under water write more negatively. */
  drawdown: number;
  stocks: readonly ProductRow[];
  products: readonly ProductRow[];
}

function pickFormat(rng: Rng, p: BehaviourProfile): ContentFormat {
  if (rng.chance(p.shortVideoShare)) return 'short_video';
  const r = rng.next();
  return r < 0.4 ? 'deep_report' : r < 0.85 ? 'article' : 'poster';
}

/** Reading seconds of one session: fragmented (< 30 s) with the profile's probability, else typical for the format. */
function readingSeconds(rng: Rng, p: BehaviourProfile, format: ContentFormat): number {
  if (rng.chance(p.shortSessionShare)) return rng.int(3, 29);
  switch (format) {
    case 'short_video':
      return rng.int(15, 45);
    case 'deep_report':
      return rng.int(120, 900);
    case 'article':
      return rng.int(40, 300);
    case 'poster':
      return rng.int(5, 40);
  }
}

/** App, content, social, chat and course events for one client, driven by the profile's mixes. */
export function generateClientEvents(rng: Rng, p: BehaviourProfile, ctx: EventContext): EventRow[] {
  const rows: EventRow[] = [];
  let seq = 0;
  const span = ctx.asOf - ctx.startAt;
  const push = (time: number, name: string, properties: EventRow['properties']): void => {
    rows.push({ id: `${ctx.clientId}-app${++seq}`, clientId: ctx.clientId, time: Math.round(time), name, properties });
  };
  const mix = ctx.hasChatArchive ? p.eventMix : { ...p.eventMix, chat_message: 0 };
  for (let i = 0; i < ctx.budget; i++) {
    const time = ctx.startAt + rng.next() * span;
    switch (rng.weighted(mix)) {
      case 'login':
        push(time, 'login', {});
        break;
      case 'page_view':
        push(time, 'page_view', { page: rng.pick(PAGES) });
        break;
      case 'quote_view':
        push(time, 'quote_view', { code: rng.pick(ctx.stocks).code });
        break;
      case 'watchlist':
        push(time, rng.chance(0.8) ? 'watchlist_add' : 'watchlist_remove', { code: rng.pick(ctx.stocks).code });
        break;
      case 'product_view':
        push(time, 'product_view', { productCode: rng.pick(ctx.products).code });
        break;
      case 'content': {
        const contentId = `M${rng.int(1, CONTENT_POOL)}`;
        const topic = rng.weighted(p.topicMix);
        const format = pickFormat(rng, p);
        const framing = rng.pick(CONTENT_FRAMINGS);
        const frameFactor = framing === 'loss' ? p.lossFrameBias : framing === 'gain' ? 1 / p.lossFrameBias : 1;
        const seconds = Math.max(1, Math.round(readingSeconds(rng, p, format) * frameFactor));
        const completed = format === 'short_video' ? seconds >= 15 : format === 'deep_report' ? seconds >= 300 : seconds >= 60;
        push(time, 'content_open', { contentId, topic, format, framing });
        push(time + seconds * 1000, 'content_dwell', { contentId, seconds, topic, format, completed });
        break;
      }
      case 'share':
        push(time, 'share', { channel: rng.pick(SHARE_CHANNELS) });
        break;
      case 'community_post':
        push(time, 'community_post', {});
        break;
      case 'chat_message':
        push(time, 'chat_message', { negative: rng.chance(Math.min(0.9, p.negativeChatShare * (1 + 3 * ctx.drawdown))) });
        break;
    }
  }
  const courses = rng.poisson(p.courseStarts);
  for (let c = 0; c < courses; c++) {
    const courseId = rng.pick(COURSE_IDS);
    const finalPercent = rng.chance(p.courseCompletion) ? 100 : rng.int(5, 80);
    let time = ctx.startAt + rng.next() * span * 0.8;
    for (let percent = Math.min(20, finalPercent); ; percent = Math.min(finalPercent, percent + rng.int(15, 40))) {
      push(Math.min(time, ctx.asOf), 'course_progress', { courseId, percent });
      if (percent >= finalPercent) break;
      time += rng.uniform(1, 10) * 86_400_000;
    }
  }
  if (rng.chance(0.03)) push(ctx.startAt + rng.next() * span, 'complaint', { channel: 'hotline' });
  return rows;
}
