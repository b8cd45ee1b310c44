import { makeEvidence, type Metric } from '../evidence.js';
import { eventsNamed, type EventIndex } from '../event-index.js';
import type { ContactInput, EpochMs } from '../inputs.js';
import { daysBetween, round } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface RecencyValue {
  daysSinceLogin: number | null;
  /** Days between the last login and the one before it; null with fewer than two logins. */
  gapBeforeLastLoginDays: number | null;
  daysSinceContact: number | null;
}

export function computeRecency(
  index: EventIndex,
  contact: ContactInput | undefined,
  asOf: EpochMs,
  rules: RuleSet,
): Metric<RecencyValue> {
  let last = -Infinity;
  let previous = -Infinity;
  let lastId: string | null = null;
  for (const e of eventsNamed(index, 'login')) {
    if (e.time > asOf) continue;
    if (e.time > last) {
      previous = last;
      last = e.time;
      lastId = e.id;
    } else if (e.time > previous) {
      previous = e.time;
    }
  }
  const daysSinceLogin = Number.isFinite(last) ? daysBetween(last, asOf) : null;
  const gapBeforeLastLoginDays = Number.isFinite(previous) ? daysBetween(previous, last) : null;
  const lastContactAt = contact?.lastContactAt ?? null;
  const daysSinceContact = lastContactAt !== null && lastContactAt <= asOf ? daysBetween(lastContactAt, asOf) : null;
  const show = (d: number | null): string => (d === null ? '无记录' : `${Math.floor(d)}天`);
  return {
    value: { daysSinceLogin, gapBeforeLastLoginDays, daysSinceContact },
    evidence: makeEvidence(
      `距上次登录${show(daysSinceLogin)}，距上次联系${show(daysSinceContact)}`,
      {
        daysSinceLogin: daysSinceLogin === null ? null : round(daysSinceLogin, 1),
        gapBeforeLastLoginDays: gapBeforeLastLoginDays === null ? null : round(gapBeforeLastLoginDays, 1),
        daysSinceContact: daysSinceContact === null ? null : round(daysSinceContact, 1),
      },
      lastId === null ? [] : [lastId].slice(0, rules.evidenceRefCap),
    ),
  };
}
