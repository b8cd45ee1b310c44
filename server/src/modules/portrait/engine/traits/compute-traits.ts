import type { PortraitInput, TradeInput } from '../inputs.js';
import type { BehaviourMetrics } from '../metrics/compute-metrics.js';
import type { RuleSet } from '../rules.js';
import { computeAnxiety } from './anxiety.js';
import { computeFramingSensitivity } from './framing-sensitivity.js';
import { computeHerding } from './herding.js';
import { computeInstantGratification } from './instant-gratification.js';
import { computeLossAversion } from './loss-aversion.js';
import { computeMentalAccounting } from './mental-accounting.js';
import { computeOverconfidence } from './overconfidence.js';
import { computeSocialProof } from './social-proof.js';
import type { Trait, TraitId } from './trait.js';

export type PsychologyTraits = Readonly<Record<TraitId, Trait>>;

/** Layer 2 (心理) from layer 1 and the raw trades/flows the behavioural-finance measures need. */
export function computePsychologyTraits(
  input: PortraitInput,
  sortedTrades: readonly TradeInput[],
  m: BehaviourMetrics,
  rules: RuleSet,
): PsychologyTraits {
  const { asOf } = input;
  const lossAversion = computeLossAversion(sortedTrades, input.holdings, m.lossExits, input.questionnaire, asOf, rules);
  return {
    loss_aversion: lossAversion,
    overconfidence: computeOverconfidence(sortedTrades, m.tradeActivity.value, asOf, rules),
    herding: computeHerding(sortedTrades, asOf, rules),
    mental_accounting: computeMentalAccounting(sortedTrades, input.cashFlows, asOf, rules),
    framing_sensitivity: computeFramingSensitivity(m.framingResponse.value, rules),
    instant_gratification: computeInstantGratification(m.fragmentation.value, m.formatCompletion.value, rules),
    social_proof: computeSocialProof(m.socialActivity.value, rules),
    anxiety: computeAnxiety(lossAversion, m.drawdown.value, m.accountChecking.value, m.chatTone.value, rules),
  };
}
