import type { Archetype, ProductRiskLevel } from '@valuelens/contracts';
import type { ArchetypeFeatureId } from './archetype-features.js';
import type { RecommendedFraming } from './derive/framing.js';

/** Closed interval used to map a raw number onto 0–1 (or 0–100) before it enters a score. */
export interface Range {
  lo: number;
  hi: number;
}

export interface AumBand {
  id: string;
  labelZh: string;
  /** Inclusive lower bound in CNY; bands are listed in ascending order. */
  minAum: number;
}

/**
 * Every threshold, weight and range the engine uses. In production these are rows HQ edits (tag definitions and
 * rule parameters); the engine never hard-codes a threshold outside this object. `version` is stamped on every tag.
 */
export interface RuleSet {
  version: string;
  evidenceRefCap: number;
  /**
   * shortDays/longDays: the 30/90-day windows of the behaviour metrics. preferenceDays: the longer window for slow
   * preferences (which topics the client reads, what they do in the app), where 90 days of a sparse feed is too noisy.
   */
  windows: { shortDays: number; longDays: number; preferenceDays: number };
  aumBands: readonly AumBand[];
  metrics: {
    /** Reading sessions shorter than this count as fragmented. */
    shortSessionSeconds: number;
    courseCompletePercent: number;
    highRiskLevels: readonly ProductRiskLevel[];
    lowRiskLevels: readonly ProductRiskLevel[];
  };
  traits: TraitRules;
  archetypes: ArchetypeRules;
  derive: DeriveRules;
}

export interface TraitRules {
  /** Score reported when no data backs a trait (its confidence is then 0). */
  neutralScore: number;
  lossAversion: {
    weights: { disposition: number; panicExit: number; questionnaire: number };
    /** Tversky & Kahneman (1992) median λ. */
    referenceLambda: number;
    panicExitWindowDays: number;
    /** An outflow counts as an exit only if at least this share of the losing sell's amount. */
    minExitShareOfSell: number;
    /** Share of losing sells followed by an exit, mapped to 0–100. */
    panicExitShare: Range;
    minSellsForFullSupport: number;
  };
  overconfidence: {
    /** Monthly turnover quantiles of the client base, from 0 % to 100 % in equal steps. */
    turnoverReferenceQuantiles: readonly number[];
    weights: { turnover: number; postGainTrading: number };
    postGainWindowDays: number;
    postGainShare: Range;
    minTradesForFullSupport: number;
    /** Support of the turnover component for a funded account with no trades at all. */
    idleAccountSupport: number;
  };
  herding: { hotBuyShare: Range; minBuysForFullSupport: number };
  mentalAccounting: {
    weights: { gainWithdrawal: number; houseMoney: number };
    withdrawalWindowDays: number;
    withdrawalShare: Range;
    /** Post-gain minus baseline share of high-risk buys. */
    houseMoneyDelta: Range;
    minGainSellsForFullSupport: number;
  };
  framing: { responseGap: Range; minOpensPerFrameForFullSupport: number };
  instantGratification: {
    weights: { fragmentation: number; formatPreference: number };
    fragmentation: Range;
    minSessionsForFullSupport: number;
    minFormatSamplesForFullSupport: number;
  };
  socialProof: {
    weights: { activity: number; shareRate: number };
    actionsPerMonth: Range;
    sharesPerOpen: Range;
    minOpensForFullSupport: number;
  };
  anxiety: {
    /** Exponents of the weighted geometric mean; they sum to 1. */
    weights: { lossAversion: number; drawdown: number; checking: number; negativeWording: number };
    /** Floor of each factor, so a missing chat log dampens rather than zeroes the index. */
    floors: { lossAversion: number; drawdown: number; checking: number; negativeWording: number };
    drawdown: Range;
    checksPerDay: Range;
    negativeMessages: Range;
  };
}

export interface ArchetypeRules {
  /** Raw feature → 0–1 mapping. */
  features: Readonly<Record<ArchetypeFeatureId, Range>>;
  weights: Readonly<Record<Archetype, Readonly<Partial<Record<ArchetypeFeatureId, number>>>>>;
  /** Per-archetype intercept subtracted from the score, so archetypes built on common signals do not win by default. */
  intercepts: Readonly<Record<Archetype, number>>;
  /** Softmax temperature: lower makes the top archetype dominate. */
  temperature: number;
  /**
   * An archetype becomes a values-layer tag of the client when its weight reaches this share (the top one always
   * does). With eight archetypes a uniform profile gives 12.5 % each, so 20 % marks a clear secondary motive.
   */
  tagMinWeight: number;
}

export interface DeriveRules {
  framingByArchetype: Readonly<Record<Archetype, RecommendedFraming>>;
  format: { shortVideoMinInstantScore: number; deepReportMaxInstantScore: number; posterMinSocialScore: number };
  triggers: { anxietyThreshold: number; churnRiskEnabled: boolean };
  lifecycle: {
    newClientDays: number;
    dormantDays: number;
    reactivationDays: number;
    churnOutflowShare: number;
    changingNetFlowShare: number;
  };
  valueGroup: {
    highAumMin: number;
    highEngagementMin: number;
    loginsPerMonth: Range;
    dwellMinutesPerMonth: Range;
    interactionsPerMonth: Range;
  };
  trajectory: { windowMonths: number; minWeightShift: number };
  /** When a behaviour fact is worth a phrase in the advisor's one-sentence summary. */
  summary: {
    minEvidenceFacts: number;
    maxEvidenceFacts: number;
    topTopicShare: number;
    quoteViews: number;
    monthlyTurnover: number;
    holdingDays: number;
    socialActions: number;
    equityShare: number;
    wealthShare: number;
    drawdown: number;
    salientTraitScore: number;
    salientTraitConfidence: number;
  };
}
