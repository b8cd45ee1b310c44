import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import { eventsNamed, numberProp, stringProp, type EventIndex } from '../event-index.js';
import type { EpochMs } from '../inputs.js';
import { round, withinDays } from '../numeric.js';
import type { RuleSet } from '../rules.js';

export interface FrameResponse {
  opens: number;
  /** Mean reading seconds per open, joining content_dwell by contentId; an open without dwell counts as 0 s. */
  meanDwellSeconds: number;
}

export interface FramingResponseValue {
  gain: FrameResponse;
  loss: FrameResponse;
}

/**
 * How strongly the client responds to gain-framed vs loss-framed versions of material (content_open.framing).
 * Response = reading time of the opened item, the closest thing to "attention paid" the feed measures.
 */
export function computeFramingResponse(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<FramingResponseValue> {
  const days = rules.windows.longDays;
  const dwellByContent = new Map<string, number>();
  for (const e of eventsNamed(index, 'content_dwell')) {
    if (!withinDays(e.time, asOf, days)) continue;
    const id = stringProp(e, 'contentId');
    const seconds = numberProp(e, 'seconds');
    if (id === null || seconds === null) continue;
    dwellByContent.set(id, (dwellByContent.get(id) ?? 0) + seconds);
  }
  const sums = { gain: { opens: 0, seconds: 0 }, loss: { opens: 0, seconds: 0 } };
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const e of eventsNamed(index, 'content_open')) {
    if (!withinDays(e.time, asOf, days)) continue;
    const framing = stringProp(e, 'framing');
    if (framing !== 'gain' && framing !== 'loss') continue;
    const id = stringProp(e, 'contentId');
    sums[framing].opens++;
    sums[framing].seconds += id === null ? 0 : (dwellByContent.get(id) ?? 0);
    refs.add(e.id);
  }
  const toResponse = (s: { opens: number; seconds: number }): FrameResponse => ({
    opens: s.opens,
    meanDwellSeconds: s.opens > 0 ? s.seconds / s.opens : 0,
  });
  const value = { gain: toResponse(sums.gain), loss: toResponse(sums.loss) };
  return {
    value,
    evidence: makeEvidence(
      `收益框架内容平均阅读${Math.round(value.gain.meanDwellSeconds)}秒，损失框架${Math.round(value.loss.meanDwellSeconds)}秒`,
      {
        gainOpens: value.gain.opens,
        gainMeanDwell: round(value.gain.meanDwellSeconds, 1),
        lossOpens: value.loss.opens,
        lossMeanDwell: round(value.loss.meanDwellSeconds, 1),
      },
      refs.list(),
    ),
  };
}
