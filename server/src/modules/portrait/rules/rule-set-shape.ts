import { ARCHETYPES, PRODUCT_RISK_LEVELS } from '@valuelens/contracts';
import { ARCHETYPE_FEATURE_IDS } from '../engine/archetype-features.js';
import { RECOMMENDED_FRAMINGS } from '../engine/derive/framing.js';
import type { RuleSet } from '../engine/rules.js';
import { bool, checkShape, list, num, obj, oneOf, recordOf, str, type ShapeIssue } from './shape.js';

/**
 * The RuleSet (engine/rules.ts) as a checkable shape. A unit test proves DEFAULT_RULES passes, so the shape cannot
 * silently drift from the type: a key added to one and not the other fails that test.
 */
const range = obj({ lo: num(), hi: num() });
const share = num({ min: 0, max: 1 });
const weight = num({ min: 0, max: 100 });
const count = num({ min: 0, integer: true });
const days = num({ min: 1, max: 3650, integer: true });
const score = num({ min: 0, max: 100 });
const riskLevels = list(oneOf(PRODUCT_RISK_LEVELS), PRODUCT_RISK_LEVELS.length);

const traitsShape = obj({
  neutralScore: score,
  lossAversion: obj({
    weights: obj({ disposition: weight, panicExit: weight, questionnaire: weight }),
    referenceLambda: num({ exclusiveMin: 0, max: 20 }),
    panicExitWindowDays: days,
    minExitShareOfSell: share,
    panicExitShare: range,
    minSellsForFullSupport: count,
  }),
  overconfidence: obj({
    turnoverReferenceQuantiles: list(num({ min: 0 }), 101, 2),
    weights: obj({ turnover: weight, postGainTrading: weight }),
    postGainWindowDays: days,
    postGainShare: range,
    minTradesForFullSupport: count,
    idleAccountSupport: share,
  }),
  herding: obj({ hotBuyShare: range, minBuysForFullSupport: count }),
  mentalAccounting: obj({
    weights: obj({ gainWithdrawal: weight, houseMoney: weight }),
    withdrawalWindowDays: days,
    withdrawalShare: range,
    houseMoneyDelta: range,
    minGainSellsForFullSupport: count,
  }),
  framing: obj({ responseGap: range, minOpensPerFrameForFullSupport: count }),
  instantGratification: obj({
    weights: obj({ fragmentation: weight, formatPreference: weight }),
    fragmentation: range,
    minSessionsForFullSupport: count,
    minFormatSamplesForFullSupport: count,
  }),
  socialProof: obj({
    weights: obj({ activity: weight, shareRate: weight }),
    actionsPerMonth: range,
    sharesPerOpen: range,
    minOpensForFullSupport: count,
  }),
  anxiety: obj({
    weights: obj({ lossAversion: share, drawdown: share, checking: share, negativeWording: share }),
    floors: obj({ lossAversion: share, drawdown: share, checking: share, negativeWording: share }),
    drawdown: range,
    checksPerDay: range,
    negativeMessages: range,
  }),
});

const archetypesShape = obj({
  features: recordOf(ARCHETYPE_FEATURE_IDS, range),
  weights: recordOf(ARCHETYPES, recordOf(ARCHETYPE_FEATURE_IDS, num({ min: -100, max: 100 }), false)),
  intercepts: recordOf(ARCHETYPES, num({ min: -100, max: 100 })),
  temperature: num({ exclusiveMin: 0, max: 100 }),
  tagMinWeight: share,
});

const deriveShape = obj({
  framingByArchetype: recordOf(ARCHETYPES, oneOf(RECOMMENDED_FRAMINGS)),
  format: obj({ shortVideoMinInstantScore: score, deepReportMaxInstantScore: score, posterMinSocialScore: score }),
  triggers: obj({ anxietyThreshold: score, churnRiskEnabled: bool }),
  lifecycle: obj({ newClientDays: days, dormantDays: days, reactivationDays: days, churnOutflowShare: share, changingNetFlowShare: num({ min: 0 }) }),
  valueGroup: obj({
    highAumMin: num({ min: 0 }),
    highEngagementMin: score,
    loginsPerMonth: range,
    dwellMinutesPerMonth: range,
    interactionsPerMonth: range,
  }),
  trajectory: obj({ windowMonths: num({ min: 1, max: 24, integer: true }), minWeightShift: share }),
  summary: obj({
    minEvidenceFacts: count,
    maxEvidenceFacts: count,
    topTopicShare: share,
    quoteViews: num({ min: 0 }),
    monthlyTurnover: num({ min: 0 }),
    holdingDays: num({ min: 0 }),
    socialActions: num({ min: 0 }),
    equityShare: share,
    wealthShare: share,
    drawdown: share,
    salientTraitScore: score,
    salientTraitConfidence: share,
  }),
});

/** `version` is optional on input: the server stamps the version it stores the rules under. */
export const RULE_SET_SHAPE = obj(
  {
    version: str(32),
    evidenceRefCap: num({ min: 0, max: 100, integer: true }),
    windows: obj({ shortDays: days, longDays: days, preferenceDays: days }),
    aumBands: list(obj({ id: str(32), labelZh: str(32), minAum: num({ min: 0 }) }), 20, 1),
    metrics: obj({
      shortSessionSeconds: num({ min: 0 }),
      courseCompletePercent: num({ min: 0, max: 100 }),
      highRiskLevels: riskLevels,
      lowRiskLevels: riskLevels,
    }),
    traits: traitsShape,
    archetypes: archetypesShape,
    derive: deriveShape,
  },
  ['version'],
);

/** Rules the shape cannot express: orderings and sums the engine relies on. */
function checkSemantics(rules: RuleSet): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const bands = rules.aumBands;
  for (let i = 1; i < bands.length; i++) {
    if ((bands[i]?.minAum ?? 0) <= (bands[i - 1]?.minAum ?? 0)) issues.push({ path: `$.aumBands[${i}].minAum`, message: '须按升序排列' });
  }
  const q = rules.traits.overconfidence.turnoverReferenceQuantiles;
  for (let i = 1; i < q.length; i++) {
    if ((q[i] ?? 0) < (q[i - 1] ?? 0)) issues.push({ path: `$.traits.overconfidence.turnoverReferenceQuantiles[${i}]`, message: '须单调不减' });
  }
  const w = rules.traits.anxiety.weights;
  const sum = w.lossAversion + w.drawdown + w.checking + w.negativeWording;
  if (Math.abs(sum - 1) > 1e-6) issues.push({ path: '$.traits.anxiety.weights', message: '四项权重之和须为1' });
  const { shortDays, longDays, preferenceDays } = rules.windows;
  if (!(shortDays <= longDays && longDays <= preferenceDays)) issues.push({ path: '$.windows', message: '须满足 shortDays ≤ longDays ≤ preferenceDays' });
  return issues;
}

/** Problems of an HQ-submitted rule document; empty when it is a valid RuleSet. */
export function validateRuleSet(value: unknown): ShapeIssue[] {
  const issues = checkShape(RULE_SET_SHAPE, value);
  return issues.length > 0 ? issues : checkSemantics(value as RuleSet);
}
