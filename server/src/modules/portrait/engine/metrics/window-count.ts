import { RefCollector } from '../evidence.js';
import type { EpochMs, EventInput } from '../inputs.js';
import { withinDays } from '../numeric.js';

/** Counts events inside (asOf − days, asOf] and keeps the first `cap` ids as evidence. */
export function countWithin(
  events: readonly EventInput[],
  asOf: EpochMs,
  days: number,
  cap: number,
): { count: number; refs: readonly string[] } {
  let count = 0;
  const refs = new RefCollector(cap);
  for (const e of events) {
    if (!withinDays(e.time, asOf, days)) continue;
    count++;
    refs.add(e.id);
  }
  return { count, refs: refs.list() };
}
