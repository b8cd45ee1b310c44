import type { Archetype } from '@valuelens/contracts';
import type { ContentTopic, ProductCategory } from '../../modules/portrait/engine/inputs.js';

export const EVENT_KINDS = [
  'login',
  'page_view',
  'quote_view',
  'watchlist',
  'product_view',
  'content',
  'share',
  'community_post',
  'chat_message',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * How a client of one archetype behaves, as rates and mixes. A client's profile is a blend of a primary and an
 * optional secondary archetype, then jittered, so the planted signal arrives through behaviour with real noise.
 */
export interface BehaviourProfile {
  ageMean: number;
  aumMedian: number;
  categoryMix: Record<ProductCategory, number>;
  positions: number;
  holdingDaysMean: number;
  tradesPerMonth: number;
  /** Trade size as a fraction of AUM. */
  tradeSize: number;
  /** Share of sells that realize a gain (Odean's disposition effect pushes this up). */
  sellWinnerShare: number;
  /** Share of current holdings under water. */
  heldLoserShare: number;
  lossExitRate: number;
  gainWithdrawRate: number;
  postGainBuyRate: number;
  hotBuyShare: number;
  lambdaMean: number;
  /** Multiplier on the dataset's events-per-client. */
  activity: number;
  eventMix: Record<EventKind, number>;
  topicMix: Record<ContentTopic, number>;
  shortSessionShare: number;
  shortVideoShare: number;
  /** Reading-time multiplier for loss-framed over gain-framed versions (> 1 responds to losses). */
  lossFrameBias: number;
  courseStarts: number;
  courseCompletion: number;
  negativeChatShare: number;
  /** Centre of the C1–C5 risk assessment. */
  riskCentre: number;
}

type Mix<K extends string> = Record<K, number>;
const cat = (stock: number, fund_equity: number, fund_bond: number, money: number, wealth: number, bond: number): Mix<ProductCategory> => ({
  stock, fund_equity, fund_bond, money, wealth, bond,
});
const topics = (policy: number, macro: number, technical: number, fundamental: number, education: number, product: number): Mix<ContentTopic> => ({
  policy, macro, technical, fundamental, education, product,
});
const events = (
  login: number, page_view: number, quote_view: number, watchlist: number, product_view: number,
  content: number, share: number, community_post: number, chat_message: number,
): Mix<EventKind> => ({ login, page_view, quote_view, watchlist, product_view, content, share, community_post, chat_message });

export const ARCHETYPE_PROFILES: Readonly<Record<Archetype, BehaviourProfile>> = {
  security: {
    ageMean: 50, aumMedian: 400_000, categoryMix: cat(0.08, 0.1, 0.3, 0.3, 0.2, 0.02), positions: 4, holdingDaysMean: 200,
    tradesPerMonth: 1.5, tradeSize: 0.1, sellWinnerShare: 0.8, heldLoserShare: 0.7, lossExitRate: 0.75, gainWithdrawRate: 0.3,
    postGainBuyRate: 0.05, hotBuyShare: 0.1, lambdaMean: 3.2, activity: 0.9,
    eventMix: events(3, 2, 1, 0.3, 1, 3, 0.2, 0.05, 1), topicMix: topics(0.5, 1, 0.2, 0.7, 3, 1.5),
    shortSessionShare: 0.35, shortVideoShare: 0.4, lossFrameBias: 1.8, courseStarts: 0.4, courseCompletion: 0.3,
    negativeChatShare: 0.3, riskCentre: 1.6,
  },
  growth: {
    ageMean: 38, aumMedian: 600_000, categoryMix: cat(0.45, 0.4, 0.05, 0.1, 0, 0), positions: 6, holdingDaysMean: 90,
    tradesPerMonth: 4, tradeSize: 0.15, sellWinnerShare: 0.55, heldLoserShare: 0.45, lossExitRate: 0.1, gainWithdrawRate: 0.1,
    postGainBuyRate: 0.6, hotBuyShare: 0.35, lambdaMean: 1.6, activity: 1.1,
    eventMix: events(3, 2, 2, 1, 2, 2, 0.3, 0.2, 0.6), topicMix: topics(0.7, 1, 1, 1, 0.3, 2.5),
    shortSessionShare: 0.45, shortVideoShare: 0.55, lossFrameBias: 0.6, courseStarts: 0.3, courseCompletion: 0.3,
    negativeChatShare: 0.1, riskCentre: 4.3,
  },
  social: {
    ageMean: 35, aumMedian: 200_000, categoryMix: cat(0.3, 0.4, 0.1, 0.2, 0, 0), positions: 4, holdingDaysMean: 100,
    tradesPerMonth: 2.5, tradeSize: 0.12, sellWinnerShare: 0.55, heldLoserShare: 0.5, lossExitRate: 0.2, gainWithdrawRate: 0.2,
    postGainBuyRate: 0.25, hotBuyShare: 0.65, lambdaMean: 2.0, activity: 1.2,
    eventMix: events(3, 2, 1, 0.6, 1, 2.5, 2.5, 1.5, 1), topicMix: topics(1, 1, 1, 0.7, 0.7, 1.5),
    shortSessionShare: 0.55, shortVideoShare: 0.7, lossFrameBias: 1, courseStarts: 0.3, courseCompletion: 0.3,
    negativeChatShare: 0.15, riskCentre: 3.3,
  },
  legacy: {
    ageMean: 63, aumMedian: 1_500_000, categoryMix: cat(0.05, 0.05, 0.15, 0.1, 0.45, 0.2), positions: 4, holdingDaysMean: 420,
    tradesPerMonth: 0.4, tradeSize: 0.15, sellWinnerShare: 0.6, heldLoserShare: 0.35, lossExitRate: 0.2, gainWithdrawRate: 0.3,
    postGainBuyRate: 0.05, hotBuyShare: 0.05, lambdaMean: 2.4, activity: 0.6,
    eventMix: events(2, 1.5, 0.5, 0.1, 1.5, 2, 0.2, 0.05, 1), topicMix: topics(1, 1.2, 0.1, 0.8, 1, 2),
    shortSessionShare: 0.3, shortVideoShare: 0.35, lossFrameBias: 1.3, courseStarts: 0.3, courseCompletion: 0.4,
    negativeChatShare: 0.1, riskCentre: 2.5,
  },
  policy: {
    ageMean: 45, aumMedian: 500_000, categoryMix: cat(0.35, 0.35, 0.15, 0.15, 0, 0), positions: 5, holdingDaysMean: 150,
    tradesPerMonth: 2, tradeSize: 0.12, sellWinnerShare: 0.55, heldLoserShare: 0.45, lossExitRate: 0.2, gainWithdrawRate: 0.15,
    postGainBuyRate: 0.2, hotBuyShare: 0.25, lambdaMean: 2.1, activity: 1,
    eventMix: events(3, 2, 1.2, 0.6, 1, 3.5, 0.3, 0.1, 0.8), topicMix: topics(3.5, 2.5, 0.5, 0.8, 0.3, 0.6),
    shortSessionShare: 0.35, shortVideoShare: 0.4, lossFrameBias: 1, courseStarts: 0.3, courseCompletion: 0.35,
    negativeChatShare: 0.1, riskCentre: 3.5,
  },
  technical: {
    ageMean: 40, aumMedian: 400_000, categoryMix: cat(0.8, 0.15, 0, 0.05, 0, 0), positions: 5, holdingDaysMean: 25,
    tradesPerMonth: 10, tradeSize: 0.15, sellWinnerShare: 0.45, heldLoserShare: 0.4, lossExitRate: 0.1, gainWithdrawRate: 0.1,
    postGainBuyRate: 0.4, hotBuyShare: 0.35, lambdaMean: 1.8, activity: 1.4,
    eventMix: events(4, 1.5, 5, 2, 0.5, 2, 0.2, 0.4, 0.5), topicMix: topics(0.6, 0.8, 4, 0.5, 0.3, 0.3),
    shortSessionShare: 0.5, shortVideoShare: 0.5, lossFrameBias: 0.9, courseStarts: 0.3, courseCompletion: 0.3,
    negativeChatShare: 0.15, riskCentre: 4.5,
  },
  value: {
    ageMean: 48, aumMedian: 900_000, categoryMix: cat(0.55, 0.35, 0.05, 0.05, 0, 0), positions: 5, holdingDaysMean: 500,
    tradesPerMonth: 0.5, tradeSize: 0.08, sellWinnerShare: 0.5, heldLoserShare: 0.4, lossExitRate: 0.05, gainWithdrawRate: 0.15,
    postGainBuyRate: 0.05, hotBuyShare: 0.05, lambdaMean: 1.9, activity: 0.9,
    eventMix: events(2.5, 2, 1.2, 0.5, 0.6, 3, 0.2, 0.2, 0.5), topicMix: topics(0.5, 1, 0.1, 4, 0.5, 0.4),
    shortSessionShare: 0.2, shortVideoShare: 0.2, lossFrameBias: 1, courseStarts: 0.4, courseCompletion: 0.5,
    negativeChatShare: 0.05, riskCentre: 3.8,
  },
  learner: {
    ageMean: 32, aumMedian: 150_000, categoryMix: cat(0.2, 0.35, 0.2, 0.25, 0, 0), positions: 4, holdingDaysMean: 150,
    tradesPerMonth: 1.5, tradeSize: 0.1, sellWinnerShare: 0.5, heldLoserShare: 0.45, lossExitRate: 0.15, gainWithdrawRate: 0.15,
    postGainBuyRate: 0.1, hotBuyShare: 0.15, lambdaMean: 2.1, activity: 1.1,
    eventMix: events(3, 2, 0.8, 0.4, 0.8, 2.5, 0.3, 0.3, 0.6), topicMix: topics(0.5, 0.8, 0.8, 1.2, 3.5, 0.5),
    shortSessionShare: 0.3, shortVideoShare: 0.45, lossFrameBias: 1, courseStarts: 3, courseCompletion: 0.75,
    negativeChatShare: 0.1, riskCentre: 3,
  },
};

function blendRecord<K extends string>(a: Record<K, number>, b: Record<K, number>, w: number): Record<K, number> {
  const out = { ...a };
  for (const k of Object.keys(a) as K[]) out[k] = (1 - w) * a[k] + w * b[k];
  return out;
}

/** Linear blend of two profiles: (1 − w)·primary + w·secondary, field by field. */
export function blendProfiles(primary: BehaviourProfile, secondary: BehaviourProfile, w: number): BehaviourProfile {
  const mix = (x: number, y: number): number => (1 - w) * x + w * y;
  return {
    ageMean: mix(primary.ageMean, secondary.ageMean),
    aumMedian: mix(primary.aumMedian, secondary.aumMedian),
    categoryMix: blendRecord(primary.categoryMix, secondary.categoryMix, w),
    positions: mix(primary.positions, secondary.positions),
    holdingDaysMean: mix(primary.holdingDaysMean, secondary.holdingDaysMean),
    tradesPerMonth: mix(primary.tradesPerMonth, secondary.tradesPerMonth),
    tradeSize: mix(primary.tradeSize, secondary.tradeSize),
    sellWinnerShare: mix(primary.sellWinnerShare, secondary.sellWinnerShare),
    heldLoserShare: mix(primary.heldLoserShare, secondary.heldLoserShare),
    lossExitRate: mix(primary.lossExitRate, secondary.lossExitRate),
    gainWithdrawRate: mix(primary.gainWithdrawRate, secondary.gainWithdrawRate),
    postGainBuyRate: mix(primary.postGainBuyRate, secondary.postGainBuyRate),
    hotBuyShare: mix(primary.hotBuyShare, secondary.hotBuyShare),
    lambdaMean: mix(primary.lambdaMean, secondary.lambdaMean),
    activity: mix(primary.activity, secondary.activity),
    eventMix: blendRecord(primary.eventMix, secondary.eventMix, w),
    topicMix: blendRecord(primary.topicMix, secondary.topicMix, w),
    shortSessionShare: mix(primary.shortSessionShare, secondary.shortSessionShare),
    shortVideoShare: mix(primary.shortVideoShare, secondary.shortVideoShare),
    lossFrameBias: mix(primary.lossFrameBias, secondary.lossFrameBias),
    courseStarts: mix(primary.courseStarts, secondary.courseStarts),
    courseCompletion: mix(primary.courseCompletion, secondary.courseCompletion),
    negativeChatShare: mix(primary.negativeChatShare, secondary.negativeChatShare),
    riskCentre: mix(primary.riskCentre, secondary.riskCentre),
  };
}
