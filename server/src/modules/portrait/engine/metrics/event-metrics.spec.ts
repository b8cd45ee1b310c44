import { indexEvents } from '../event-index.js';
import { AS_OF, daysAgo, makeEvent, makeFlow, makeTrade, RULES, rulesWith } from '../testing/fixtures.js';
import { computeAccountChecking, computeAppUsage, computeQuoteViews, computeWatchlistAdds } from './attention.js';
import { computeComplaints } from './complaints.js';
import { computeContentDwell, computeFormatCompletion, computeFragmentation } from './content.js';
import { computeFramingResponse } from './framing-response.js';
import { computeCourseCompletion } from './learning.js';
import { computeLossExits } from './loss-exits.js';
import { computeRecency } from './recency.js';
import { computeChatTone, computeSocialActivity } from './social.js';

describe('attention metrics', () => {
  const events = indexEvents([
    makeEvent('w1', 1, 'watchlist_add', { code: '600519' }),
    makeEvent('w2', 29, 'watchlist_add', { code: '000858' }),
    makeEvent('w3', 31, 'watchlist_add', { code: '300750' }),
    makeEvent('r1', 2, 'watchlist_remove', { code: '600519' }),
    makeEvent('q1', 3, 'quote_view', { code: '600519' }),
    makeEvent('q2', 4, 'quote_view', { code: '600519' }),
    makeEvent('q3', 100, 'quote_view', { code: '600519' }),
    makeEvent('l1', 5, 'login'),
    makeEvent('p1', 6, 'page_view', { page: 'home' }),
  ]);

  it('should count watchlist adds in the last 30 days only', () => {
    const m = computeWatchlistAdds(events, AS_OF, RULES);
    expect(m.value).toBe(2);
    expect(m.evidence.refs).toEqual(['w1', 'w2']);
  });

  it('should count quote views in the last 30 days only', () => {
    expect(computeQuoteViews(events, AS_OF, RULES).value).toBe(2);
  });

  it('should measure account checking as logins plus quote views per day', () => {
    const v = computeAccountChecking(events, AS_OF, RULES).value;
    expect(v).toEqual({ logins: 1, quoteViews: 2, checksPerDay: 3 / 30 });
  });

  it('should compute the quote-view share of app events over the preference window', () => {
    // 180 days: q1 q2 q3, l1, p1, w1 w2 w3 → 3 of 8
    expect(computeAppUsage(events, AS_OF, RULES).value).toEqual({ appEvents: 8, quoteViews: 3, quoteViewShare: 3 / 8 });
  });
});

describe('content metrics', () => {
  const events = indexEvents([
    makeEvent('d1', 1, 'content_dwell', { contentId: 'm1', seconds: 10, topic: 'policy', format: 'short_video', completed: true }),
    makeEvent('d2', 2, 'content_dwell', { contentId: 'm2', seconds: 290, topic: 'policy', format: 'deep_report', completed: false }),
    makeEvent('d3', 3, 'content_dwell', { contentId: 'm3', seconds: 100, topic: 'technical', format: 'deep_report', completed: true }),
    makeEvent('d4', 4, 'content_dwell', { contentId: 'm4', seconds: 20, topic: 'nonsense', format: 'article' }),
    makeEvent('d5', 200, 'content_dwell', { contentId: 'm5', seconds: 999, topic: 'macro' }),
  ]);

  it('should sum reading seconds and sessions by topic with shares', () => {
    const v = computeContentDwell(events, AS_OF, RULES).value;
    expect(v.totalSeconds).toBe(420);
    expect(v.sessions).toBe(4);
    expect(v.secondsByTopic.policy).toBe(300);
    expect(v.shareByTopic.policy).toBeCloseTo(300 / 420, 10);
    expect(v.sessionShareByTopic.policy).toBeCloseTo(0.5, 10);
    expect(v.sessionShareByTopic.technical).toBeCloseTo(0.25, 10);
    expect(v.secondsByTopic.macro).toBe(0);
    expect(v.topTopic).toBe('policy');
  });

  it('should compute the fragmentation index as the share of sessions under 30 s', () => {
    const m = computeFragmentation(events, AS_OF, RULES);
    expect(m.value).toEqual({ sessions: 4, shortSessions: 2, index: 0.5 });
    expect(m.evidence.refs).toEqual(['d1', 'd4']);
  });

  it('should count short-video and deep-report completion', () => {
    expect(computeFormatCompletion(events, AS_OF, RULES).value).toEqual({
      shortVideoSessions: 1,
      shortVideoCompleted: 1,
      deepReportSessions: 2,
      deepReportCompleted: 1,
    });
  });

  it('should have no fragmentation index without sessions', () => {
    expect(computeFragmentation(indexEvents([]), AS_OF, RULES).value.index).toBeNull();
  });
});

describe('computeFramingResponse', () => {
  it('should average reading seconds per framed open, counting an unread open as 0 s', () => {
    const events = indexEvents([
      makeEvent('o1', 1, 'content_open', { contentId: 'a', framing: 'loss' }),
      makeEvent('o2', 2, 'content_open', { contentId: 'b', framing: 'loss' }),
      makeEvent('o3', 3, 'content_open', { contentId: 'c', framing: 'gain' }),
      makeEvent('o4', 4, 'content_open', { contentId: 'd', framing: 'neutral' }),
      makeEvent('d1', 1, 'content_dwell', { contentId: 'a', seconds: 120 }),
      makeEvent('d2', 3, 'content_dwell', { contentId: 'c', seconds: 30 }),
      makeEvent('d3', 3, 'content_dwell', { contentId: 'c', seconds: 10 }),
    ]);
    const v = computeFramingResponse(events, AS_OF, RULES).value;
    expect(v.loss).toEqual({ opens: 2, meanDwellSeconds: 60 });
    expect(v.gain).toEqual({ opens: 1, meanDwellSeconds: 40 });
  });
});

describe('computeCourseCompletion', () => {
  it('should count a course completed when its best progress reaches 100 %', () => {
    const events = indexEvents([
      makeEvent('c1', 30, 'course_progress', { courseId: 'C1', percent: 40 }),
      makeEvent('c2', 20, 'course_progress', { courseId: 'C1', percent: 100 }),
      makeEvent('c3', 10, 'course_progress', { courseId: 'C2', percent: 60 }),
      makeEvent('c4', 10, 'course_progress', { courseId: 'C3', percent: 30 }),
      makeEvent('bad', 10, 'course_progress', { percent: 100 }),
    ]);
    const m = computeCourseCompletion(events, AS_OF, RULES);
    expect(m.value.started).toBe(3);
    expect(m.value.completed).toBe(1);
    expect(m.value.rate).toBeCloseTo(1 / 3, 10);
    expect(m.evidence.refs).toEqual(['c2']);
  });

  it('should have no rate when no course was started', () => {
    expect(computeCourseCompletion(indexEvents([]), AS_OF, RULES).value.rate).toBeNull();
  });
});

describe('computeRecency', () => {
  it('should report days since the last login, the gap before it and days since contact', () => {
    const events = indexEvents([makeEvent('l1', 100, 'login'), makeEvent('l2', 3, 'login'), makeEvent('l3', 80, 'login')]);
    const m = computeRecency(events, { lastContactAt: daysAgo(12) }, AS_OF, RULES);
    expect(m.value).toEqual({ daysSinceLogin: 3, gapBeforeLastLoginDays: 77, daysSinceContact: 12 });
    expect(m.evidence.refs).toEqual(['l2']);
  });

  it('should report nulls without logins or contact', () => {
    expect(computeRecency(indexEvents([]), undefined, AS_OF, RULES).value).toEqual({
      daysSinceLogin: null,
      gapBeforeLastLoginDays: null,
      daysSinceContact: null,
    });
  });
});

describe('computeComplaints', () => {
  it('should count complaints in the last 90 days', () => {
    const events = indexEvents([makeEvent('x1', 10, 'complaint'), makeEvent('x2', 89, 'complaint'), makeEvent('x3', 91, 'complaint')]);
    expect(computeComplaints(events, AS_OF, RULES).value).toBe(2);
  });
});

describe('social metrics', () => {
  it('should count shares, posts and opens over 90 days', () => {
    const events = indexEvents([
      makeEvent('s1', 1, 'share', { channel: 'moments' }),
      makeEvent('s2', 95, 'share', { channel: 'moments' }),
      makeEvent('p1', 2, 'community_post'),
      makeEvent('o1', 3, 'content_open', { contentId: 'a' }),
      makeEvent('o2', 4, 'content_open', { contentId: 'b' }),
    ]);
    const m = computeSocialActivity(events, AS_OF, RULES);
    expect(m.value).toEqual({ shares: 1, communityPosts: 1, contentOpens: 2 });
    expect(m.evidence.refs).toEqual(['s1', 'p1']);
  });

  it('should count negative chat messages in the last 30 days', () => {
    const events = indexEvents([
      makeEvent('m1', 1, 'chat_message', { negative: true }),
      makeEvent('m2', 2, 'chat_message', { negative: false }),
      makeEvent('m3', 40, 'chat_message', { negative: true }),
    ]);
    expect(computeChatTone(events, AS_OF, RULES).value).toEqual({ messages: 2, negativeMessages: 1 });
  });
});

describe('computeLossExits', () => {
  const trades = [
    makeTrade('s1', 50, 'sell', { amount: 10_000, realizedPnl: -1_000 }),
    makeTrade('s2', 30, 'sell', { amount: 10_000, realizedPnl: -500 }),
    makeTrade('s3', 20, 'sell', { amount: 10_000, realizedPnl: 800 }),
    makeTrade('s4', 10, 'sell', { amount: 10_000, realizedPnl: -200 }),
  ];

  it('should count losing sells followed by a material outflow within 14 days', () => {
    const flows = [
      makeFlow('f1', 45, 'out', 8_000), // 5 days after s1, material
      makeFlow('f2', 28, 'out', 1_000), // after s2 but below 30 % of the sell
      makeFlow('f3', 5, 'in', 50_000),
    ];
    const events = indexEvents([makeEvent('r1', 8, 'redemption', { productCode: 'F1' })]); // after s4, no amount → material
    const m = computeLossExits(trades, flows, events, AS_OF, RULES);
    expect(m.value).toEqual({ losingSells: 3, exits: 2, exitShare: 2 / 3, recentExits: 2 });
    expect(m.evidence.refs).toEqual(['s1', 's4']);
  });

  it('should not count an outflow later than the window', () => {
    const rules = rulesWith((r) => ({ ...r, traits: { ...r.traits, lossAversion: { ...r.traits.lossAversion, panicExitWindowDays: 3 } } }));
    const m = computeLossExits(trades, [makeFlow('f1', 45, 'out', 8_000)], indexEvents([]), AS_OF, rules);
    expect(m.value.exits).toBe(0);
  });
});
