import type { Archetype, ProductRiskLevel } from '@valuelens/contracts';

/**
 * What the portrait engine reads for one client. Plain objects with epoch-millisecond times so the SQL adapter
 * (or the bench generator) can fill them without the engine knowing where they came from.
 */
export type EpochMs = number;

export const PRODUCT_CATEGORIES = ['stock', 'fund_equity', 'fund_bond', 'money', 'wealth', 'bond'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const CONTENT_TOPICS = ['policy', 'macro', 'technical', 'fundamental', 'education', 'product'] as const;
export type ContentTopic = (typeof CONTENT_TOPICS)[number];

export const CONTENT_FORMATS = ['short_video', 'deep_report', 'article', 'poster'] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];

export const CONTENT_FRAMINGS = ['gain', 'loss', 'neutral'] as const;
export type ContentFraming = (typeof CONTENT_FRAMINGS)[number];

export interface HoldingInput {
  productCode: string;
  productCategory: ProductCategory;
  riskLevel: ProductRiskLevel;
  marketValue: number;
  costValue: number;
  openedAt: EpochMs;
}

export interface TradeInput {
  id: string;
  time: EpochMs;
  side: 'buy' | 'sell';
  productCode: string;
  /** Traded amount in CNY (always positive). */
  amount: number;
  /** Realized profit or loss of a sell in CNY; absent for buys or when the back office does not report it. */
  realizedPnl?: number;
  /** The name was on the brokerage's hot list / trending ranking when traded. */
  isHotListName: boolean;
  /** Joined from the product table when known; used for house-money risk taking. */
  riskLevel?: ProductRiskLevel;
}

export interface CashFlowInput {
  id: string;
  time: EpochMs;
  direction: 'in' | 'out';
  amount: number;
}

/** Event names the engine understands; see EVENTS.md for each one's properties. Unknown names are ignored. */
export const PORTRAIT_EVENT_NAMES = [
  'content_open',
  'content_dwell',
  'watchlist_add',
  'watchlist_remove',
  'quote_view',
  'product_view',
  'purchase',
  'redemption',
  'login',
  'page_view',
  'course_progress',
  'complaint',
  'share',
  'community_post',
  'chat_message',
] as const;
export type PortraitEventName = (typeof PORTRAIT_EVENT_NAMES)[number];

export type EventPropertyValue = string | number | boolean | null;

export interface EventInput {
  id: string;
  time: EpochMs;
  name: string;
  properties: Readonly<Record<string, EventPropertyValue | undefined>>;
}

export interface QuestionnaireInput {
  /** Loss-aversion coefficient elicited by the risk questionnaire (mixed-gamble questions), if asked. */
  lossAversionLambda?: number;
  answers: Readonly<Record<string, string | number>>;
}

export interface ContactInput {
  lastContactAt: EpochMs | null;
}

export interface ClientProfileInput {
  ageYears?: number | null;
}

/** One month's archetype weights, as stored by the monthly portrait snapshot. */
export interface ArchetypeSnapshot {
  /** 'YYYY-MM' */
  month: string;
  weights: Readonly<Record<Archetype, number>>;
}

export interface PortraitInput {
  clientId: string;
  asOf: EpochMs;
  profile?: ClientProfileInput;
  holdings: readonly HoldingInput[];
  trades: readonly TradeInput[];
  cashFlows: readonly CashFlowInput[];
  events: readonly EventInput[];
  questionnaire?: QuestionnaireInput;
  contact?: ContactInput;
  /** Earlier monthly snapshots, oldest first; when present the portrait includes the cognitive trajectory. */
  archetypeHistory?: readonly ArchetypeSnapshot[];
}
