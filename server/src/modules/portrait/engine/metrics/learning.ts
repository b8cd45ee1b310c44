import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import { eventsNamed, numberProp, stringProp, type EventIndex } from '../event-index.js';
import type { EpochMs } from '../inputs.js';
import type { RuleSet } from '../rules.js';

export interface CourseCompletionValue {
  started: number;
  completed: number;
  /** completed ÷ started; null when no course was started. */
  rate: number | null;
}

/** A course counts as completed when its highest reported progress reaches the RuleSet's completion percent. */
export function computeCourseCompletion(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<CourseCompletionValue> {
  const best = new Map<string, number>();
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const e of eventsNamed(index, 'course_progress')) {
    if (e.time > asOf) continue;
    const courseId = stringProp(e, 'courseId');
    const percent = numberProp(e, 'percent');
    if (courseId === null || percent === null) continue;
    if (percent > (best.get(courseId) ?? -1)) best.set(courseId, percent);
    if (percent >= rules.metrics.courseCompletePercent) refs.add(e.id);
  }
  let completed = 0;
  for (const percent of best.values()) if (percent >= rules.metrics.courseCompletePercent) completed++;
  const started = best.size;
  const rate = started > 0 ? completed / started : null;
  return {
    value: { started, completed, rate },
    evidence: makeEvidence(`开始课程${started}门，完成${completed}门`, { started, completed, rate }, refs.list()),
  };
}
