import { makeEvidence, type Metric } from '../evidence.js';
import { eventsNamed, type EventIndex } from '../event-index.js';
import type { EpochMs } from '../inputs.js';
import type { RuleSet } from '../rules.js';
import { countWithin } from './window-count.js';

export function computeComplaints(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<number> {
  const days = rules.windows.longDays;
  const { count, refs } = countWithin(eventsNamed(index, 'complaint'), asOf, days, rules.evidenceRefCap);
  return { value: count, evidence: makeEvidence(`近${days}天投诉${count}次`, { count, days }, refs) };
}
