import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import { booleanProp, eventsNamed, type EventIndex } from '../event-index.js';
import type { EpochMs } from '../inputs.js';
import { withinDays } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { countWithin } from './window-count.js';

export interface SocialActivityValue {
  shares: number;
  communityPosts: number;
  contentOpens: number;
}

/** Shares and community posts over the long window, with content opens as the denominator of the share rate. */
export function computeSocialActivity(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<SocialActivityValue> {
  const days = rules.windows.longDays;
  const cap = rules.evidenceRefCap;
  const shares = countWithin(eventsNamed(index, 'share'), asOf, days, cap);
  const posts = countWithin(eventsNamed(index, 'community_post'), asOf, days, cap);
  const opens = countWithin(eventsNamed(index, 'content_open'), asOf, days, 0);
  return {
    value: { shares: shares.count, communityPosts: posts.count, contentOpens: opens.count },
    evidence: makeEvidence(
      `近${days}天分享${shares.count}次、社区发帖${posts.count}次`,
      { shares: shares.count, communityPosts: posts.count, contentOpens: opens.count },
      [...shares.refs, ...posts.refs].slice(0, cap),
    ),
  };
}

export interface ChatToneValue {
  messages: number;
  negativeMessages: number;
}

/** Chat messages over the short window flagged negative by the chat archive's wording classifier. */
export function computeChatTone(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<ChatToneValue> {
  const days = rules.windows.shortDays;
  let messages = 0;
  let negativeMessages = 0;
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const e of eventsNamed(index, 'chat_message')) {
    if (!withinDays(e.time, asOf, days)) continue;
    messages++;
    if (booleanProp(e, 'negative') === true) {
      negativeMessages++;
      refs.add(e.id);
    }
  }
  return {
    value: { messages, negativeMessages },
    evidence: makeEvidence(`近${days}天聊天中负面措辞${negativeMessages}次`, { messages, negativeMessages }, refs.list()),
  };
}
