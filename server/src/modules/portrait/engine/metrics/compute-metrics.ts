import type { Metric } from '../evidence.js';
import type { EventIndex } from '../event-index.js';
import type { PortraitInput, TradeInput } from '../inputs.js';
import type { RuleSet } from '../rules.js';
import { computeAllocation, type AllocationValue } from './allocation.js';
import {
  computeAccountChecking,
  computeAppUsage,
  computeQuoteViews,
  computeWatchlistAdds,
  type AccountCheckingValue,
  type AppUsageValue,
} from './attention.js';
import { computeAum, type AumValue } from './aum.js';
import { computeComplaints } from './complaints.js';
import { computeConcentration, type ConcentrationValue } from './concentration.js';
import {
  computeContentDwell,
  computeFormatCompletion,
  computeFragmentation,
  type ContentDwellValue,
  type FormatCompletionValue,
  type FragmentationValue,
} from './content.js';
import { computeDrawdown, type DrawdownValue } from './drawdown.js';
import { computeLossExits, type LossExitsValue } from './loss-exits.js';
import { computeNetFlows, type NetFlowsValue } from './flows.js';
import { computeFramingResponse, type FramingResponseValue } from './framing-response.js';
import { computeHoldingPeriod, type HoldingPeriodValue } from './holding-period.js';
import { computeCourseCompletion, type CourseCompletionValue } from './learning.js';
import { computeRecency, type RecencyValue } from './recency.js';
import { computeChatTone, computeSocialActivity, type ChatToneValue, type SocialActivityValue } from './social.js';
import { computeTradeActivity, type TradeActivityValue } from './trading.js';

/** Layer 1 (行为): measured facts, each with its evidence. */
export interface BehaviourMetrics {
  aum: Metric<AumValue>;
  netFlows: Metric<NetFlowsValue>;
  tradeActivity: Metric<TradeActivityValue>;
  holdingPeriod: Metric<HoldingPeriodValue>;
  concentration: Metric<ConcentrationValue>;
  drawdown: Metric<DrawdownValue>;
  lossExits: Metric<LossExitsValue>;
  allocation: Metric<AllocationValue>;
  watchlistAdds: Metric<number>;
  quoteViews: Metric<number>;
  accountChecking: Metric<AccountCheckingValue>;
  appUsage: Metric<AppUsageValue>;
  contentDwell: Metric<ContentDwellValue>;
  fragmentation: Metric<FragmentationValue>;
  formatCompletion: Metric<FormatCompletionValue>;
  framingResponse: Metric<FramingResponseValue>;
  courseCompletion: Metric<CourseCompletionValue>;
  recency: Metric<RecencyValue>;
  complaints: Metric<number>;
  socialActivity: Metric<SocialActivityValue>;
  chatTone: Metric<ChatToneValue>;
}

/** `sortedTrades` are the input's trades ordered by time (the caller sorts once for all layers). */
export function computeBehaviourMetrics(
  input: PortraitInput,
  sortedTrades: readonly TradeInput[],
  events: EventIndex,
  rules: RuleSet,
): BehaviourMetrics {
  const { asOf, holdings } = input;
  const aum = computeAum(holdings, rules);
  return {
    aum,
    netFlows: computeNetFlows(input.cashFlows, asOf, rules),
    tradeActivity: computeTradeActivity(sortedTrades, aum.value.aum, asOf, rules),
    holdingPeriod: computeHoldingPeriod(sortedTrades, holdings, asOf, rules),
    concentration: computeConcentration(holdings, rules),
    drawdown: computeDrawdown(holdings, rules),
    lossExits: computeLossExits(sortedTrades, input.cashFlows, events, asOf, rules),
    allocation: computeAllocation(holdings, rules),
    watchlistAdds: computeWatchlistAdds(events, asOf, rules),
    quoteViews: computeQuoteViews(events, asOf, rules),
    accountChecking: computeAccountChecking(events, asOf, rules),
    appUsage: computeAppUsage(events, asOf, rules),
    contentDwell: computeContentDwell(events, asOf, rules),
    fragmentation: computeFragmentation(events, asOf, rules),
    formatCompletion: computeFormatCompletion(events, asOf, rules),
    framingResponse: computeFramingResponse(events, asOf, rules),
    courseCompletion: computeCourseCompletion(events, asOf, rules),
    recency: computeRecency(events, input.contact, asOf, rules),
    complaints: computeComplaints(events, asOf, rules),
    socialActivity: computeSocialActivity(events, asOf, rules),
    chatTone: computeChatTone(events, asOf, rules),
  };
}
