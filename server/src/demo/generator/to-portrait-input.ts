import type { PortraitInput } from '../../modules/portrait/engine/inputs.js';
import type { ClientBundle } from './types.js';

/**
 * What the SQL adapter will do in production: map stored rows to the engine's input. Deliberately drops the planted
 * label so the engine cannot see the answer.
 */
export function toPortraitInput(bundle: ClientBundle, asOf: number): PortraitInput {
  const input: PortraitInput = {
    clientId: bundle.client.id,
    asOf,
    profile: { ageYears: bundle.client.age },
    holdings: bundle.holdings,
    trades: bundle.trades,
    cashFlows: bundle.cashFlows,
    events: bundle.events,
    contact: { lastContactAt: bundle.lastContactAt },
  };
  if (bundle.questionnaire) input.questionnaire = bundle.questionnaire;
  return input;
}
