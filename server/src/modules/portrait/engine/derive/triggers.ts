import type { RuleSet } from '../rules.js';
import type { PsychologyTraits } from '../traits/compute-traits.js';
import type { LifecycleStage } from './lifecycle.js';

export interface PortraitTrigger {
  type: 'anxiety' | 'churn_risk';
  suggestion: 'defensive_allocation' | 'retention_call';
  score: number;
  reasonZh: string;
}

/** Anxiety above the RuleSet threshold → suggest a defensive allocation talk instead of a generic risk notice. */
export function evaluateTriggers(traits: PsychologyTraits, lifecycle: LifecycleStage, rules: RuleSet): PortraitTrigger[] {
  const triggers: PortraitTrigger[] = [];
  const anxiety = traits.anxiety.score;
  if (anxiety >= rules.derive.triggers.anxietyThreshold) {
    triggers.push({
      type: 'anxiety',
      suggestion: 'defensive_allocation',
      score: anxiety,
      reasonZh: `焦虑指数${Math.round(anxiety)}，建议沟通防御性配置`,
    });
  }
  if (rules.derive.triggers.churnRiskEnabled && lifecycle === 'churn_risk') {
    triggers.push({ type: 'churn_risk', suggestion: 'retention_call', score: 100, reasonZh: '存在流失风险，建议尽快回访' });
  }
  return triggers;
}
