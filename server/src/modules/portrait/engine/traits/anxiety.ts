import { makeEvidence } from '../evidence.js';
import type { AccountCheckingValue } from '../metrics/attention.js';
import type { DrawdownValue } from '../metrics/drawdown.js';
import type { ChatToneValue } from '../metrics/social.js';
import { round, unitScale } from '../numeric.js';
import type { RuleSet } from '../rules.js';
import { TRAIT_LABELS_ZH, type Trait } from './trait.js';

/**
 * Anxiety index = loss aversion × drawdown × account-checking frequency × negative wording (DESIGN §2), as a
 * weighted geometric mean of the four factors scaled to 0–1. Multiplicative on purpose: a loss-averse client who is
 * not under water is not anxious; each factor has a floor (RuleSet) so missing chat data dampens instead of zeroing.
 */
export function computeAnxiety(
  lossAversion: Trait,
  drawdown: DrawdownValue,
  checking: AccountCheckingValue,
  chat: ChatToneValue,
  rules: RuleSet,
): Trait {
  const r = rules.traits.anxiety;
  const raw = {
    lossAversion: lossAversion.score / 100,
    drawdown: unitScale(drawdown.drawdown, r.drawdown.lo, r.drawdown.hi),
    checking: unitScale(checking.checksPerDay, r.checksPerDay.lo, r.checksPerDay.hi),
    negativeWording: unitScale(chat.negativeMessages, r.negativeMessages.lo, r.negativeMessages.hi),
  };
  let product = 1;
  for (const key of ['lossAversion', 'drawdown', 'checking', 'negativeWording'] as const) {
    const floor = r.floors[key];
    product *= (floor + (1 - floor) * raw[key]) ** r.weights[key];
  }
  const backed = [
    lossAversion.confidence,
    drawdown.costValue > 0 ? 1 : 0,
    checking.logins + checking.quoteViews > 0 ? 1 : 0,
    chat.messages > 0 ? 1 : 0,
  ];
  const confidence = backed.reduce((a, b) => a + b, 0) / backed.length;
  return {
    id: 'anxiety',
    labelZh: TRAIT_LABELS_ZH.anxiety,
    score: round(100 * product, 1),
    confidence: round(confidence, 3),
    evidence: [
      makeEvidence(
        `损失厌恶${Math.round(lossAversion.score)}，回撤${round(drawdown.drawdown * 100, 1)}%，日均查看${round(checking.checksPerDay, 1)}次，负面措辞${chat.negativeMessages}次`,
        {
          lossAversion: lossAversion.score,
          drawdown: round(drawdown.drawdown, 4),
          checksPerDay: round(checking.checksPerDay, 2),
          negativeMessages: chat.negativeMessages,
        },
      ),
    ],
    ruleVersion: rules.version,
  };
}
