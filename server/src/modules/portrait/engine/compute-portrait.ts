import { computeValuesLayer, type ValuesLayer } from './archetypes.js';
import { extractArchetypeFeatures } from './archetype-features.js';
import { recommendFormat, type PreferredFormat } from './derive/format.js';
import { recommendFraming, type RecommendedFraming } from './derive/framing.js';
import { classifyLifecycle, type LifecycleStage } from './derive/lifecycle.js';
import { summarizeWhy } from './derive/summary.js';
import { evaluateTriggers, type PortraitTrigger } from './derive/triggers.js';
import { classifyValueGroup, type ValueGroup } from './derive/value-group.js';
import { indexEvents } from './event-index.js';
import type { PortraitInput, TradeInput } from './inputs.js';
import { computeBehaviourMetrics, type BehaviourMetrics } from './metrics/compute-metrics.js';
import type { RuleSet } from './rules.js';
import { detectTrajectory, type CognitiveTrajectory } from './trajectory.js';
import { computePsychologyTraits, type PsychologyTraits } from './traits/compute-traits.js';

/** The full value portrait of one client: three layers plus what the advisor acts on. */
export interface Portrait {
  clientId: string;
  asOf: number;
  ruleVersion: string;
  behaviour: BehaviourMetrics;
  psychology: PsychologyTraits;
  values: ValuesLayer;
  summaryZh: string;
  framing: RecommendedFraming;
  format: PreferredFormat;
  triggers: readonly PortraitTrigger[];
  lifecycle: LifecycleStage;
  valueGroup: ValueGroup;
  engagement: number;
  /** Present only when the input carries monthly archetype snapshots. */
  trajectory: CognitiveTrajectory | null;
}

function isSortedByTime(trades: readonly TradeInput[]): boolean {
  for (let i = 1; i < trades.length; i++) if ((trades[i]?.time ?? 0) < (trades[i - 1]?.time ?? 0)) return false;
  return true;
}

/**
 * Pure and deterministic: same input and RuleSet, same portrait. Cost is O(events + trades·log trades + sells·holdings)
 * per client — events are grouped by name once and every metric reads only its own group.
 */
export function computePortrait(input: PortraitInput, rules: RuleSet): Portrait {
  const sortedTrades = isSortedByTime(input.trades) ? input.trades : input.trades.slice().sort((a, b) => a.time - b.time);
  const events = indexEvents(input.events);
  const behaviour = computeBehaviourMetrics(input, sortedTrades, events, rules);
  const psychology = computePsychologyTraits(input, sortedTrades, behaviour, rules);
  const features = extractArchetypeFeatures(input, behaviour, psychology, rules.traits.neutralScore);
  const values = computeValuesLayer(features, rules);
  const framing = recommendFraming(values, psychology, rules);
  const lifecycle = classifyLifecycle(input, behaviour, rules);
  const { group, engagement } = classifyValueGroup(behaviour, rules);
  return {
    clientId: input.clientId,
    asOf: input.asOf,
    ruleVersion: rules.version,
    behaviour,
    psychology,
    values,
    summaryZh: summarizeWhy(behaviour, psychology, values, framing, rules),
    framing,
    format: recommendFormat(psychology, rules),
    triggers: evaluateTriggers(psychology, lifecycle, rules),
    lifecycle,
    valueGroup: group,
    engagement,
    trajectory: input.archetypeHistory ? detectTrajectory(input.archetypeHistory, rules) : null,
  };
}
