import { makeEvidence, RefCollector, type Metric } from '../evidence.js';
import { booleanProp, eventsNamed, numberProp, stringProp, type EventIndex } from '../event-index.js';
import { CONTENT_TOPICS, type ContentTopic, type EpochMs } from '../inputs.js';
import { round, withinDays } from '../numeric.js';
import type { RuleSet } from '../rules.js';

const TOPIC_LABELS_ZH: Record<ContentTopic, string> = {
  policy: '政策',
  macro: '宏观',
  technical: '技术分析',
  fundamental: '基本面',
  education: '投教',
  product: '产品',
};

export function topicLabelZh(topic: ContentTopic): string {
  return TOPIC_LABELS_ZH[topic];
}

function isTopic(x: string | null): x is ContentTopic {
  return x !== null && (CONTENT_TOPICS as readonly string[]).includes(x);
}

export interface ContentDwellValue {
  totalSeconds: number;
  sessions: number;
  secondsByTopic: Record<ContentTopic, number>;
  /** Share of reading seconds by topic. */
  shareByTopic: Record<ContentTopic, number>;
  /** Share of reading sessions by topic: one vote per session, steadier than seconds when one long read dominates. */
  sessionShareByTopic: Record<ContentTopic, number>;
  topTopic: ContentTopic | null;
}

function zeroByTopic(): Record<ContentTopic, number> {
  return { policy: 0, macro: 0, technical: 0, fundamental: 0, education: 0, product: 0 };
}

/** Reading time by topic over the preference window; each content_dwell event is one reading session. */
export function computeContentDwell(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<ContentDwellValue> {
  const days = rules.windows.preferenceDays;
  const secondsByTopic = zeroByTopic();
  const sessionsByTopic = zeroByTopic();
  let totalSeconds = 0;
  let sessions = 0;
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const e of eventsNamed(index, 'content_dwell')) {
    if (!withinDays(e.time, asOf, days)) continue;
    const seconds = numberProp(e, 'seconds');
    const topic = stringProp(e, 'topic');
    if (seconds === null || seconds < 0) continue;
    sessions++;
    totalSeconds += seconds;
    if (isTopic(topic)) {
      secondsByTopic[topic] += seconds;
      sessionsByTopic[topic]++;
    }
    refs.add(e.id);
  }
  const shareByTopic = zeroByTopic();
  const sessionShareByTopic = zeroByTopic();
  let topTopic: ContentTopic | null = null;
  for (const t of CONTENT_TOPICS) {
    shareByTopic[t] = totalSeconds > 0 ? secondsByTopic[t] / totalSeconds : 0;
    sessionShareByTopic[t] = sessions > 0 ? sessionsByTopic[t] / sessions : 0;
    if (secondsByTopic[t] > 0 && (topTopic === null || secondsByTopic[t] > secondsByTopic[topTopic])) topTopic = t;
  }
  const label =
    topTopic === null
      ? '近期无阅读记录'
      : `近${days}天阅读以${TOPIC_LABELS_ZH[topTopic]}类为主（占${Math.round(shareByTopic[topTopic] * 100)}%）`;
  const values: Record<string, number | null> = { totalSeconds, sessions };
  for (const t of CONTENT_TOPICS) values[`share_${t}`] = round(shareByTopic[t], 3);
  return { value: { totalSeconds, sessions, secondsByTopic, shareByTopic, sessionShareByTopic, topTopic }, evidence: makeEvidence(label, values, refs.list()) };
}

export interface FragmentationValue {
  sessions: number;
  shortSessions: number;
  /** Share of reading sessions shorter than the RuleSet's short-session seconds; null without sessions. */
  index: number | null;
}

export function computeFragmentation(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<FragmentationValue> {
  const limit = rules.metrics.shortSessionSeconds;
  let sessions = 0;
  let shortSessions = 0;
  const refs = new RefCollector(rules.evidenceRefCap);
  for (const e of eventsNamed(index, 'content_dwell')) {
    if (!withinDays(e.time, asOf, rules.windows.longDays)) continue;
    const seconds = numberProp(e, 'seconds');
    if (seconds === null || seconds < 0) continue;
    sessions++;
    if (seconds < limit) {
      shortSessions++;
      refs.add(e.id);
    }
  }
  const fragmentation = sessions > 0 ? shortSessions / sessions : null;
  return {
    value: { sessions, shortSessions, index: fragmentation },
    evidence: makeEvidence(
      fragmentation === null ? '无阅读记录' : `${Math.round(fragmentation * 100)}%的阅读不足${limit}秒`,
      { sessions, shortSessions, index: fragmentation === null ? null : round(fragmentation, 3) },
      refs.list(),
    ),
  };
}

export interface FormatCompletionValue {
  shortVideoSessions: number;
  shortVideoCompleted: number;
  deepReportSessions: number;
  deepReportCompleted: number;
}

/** Completion of short videos vs deep reports (content_dwell with `format` and `completed`). */
export function computeFormatCompletion(index: EventIndex, asOf: EpochMs, rules: RuleSet): Metric<FormatCompletionValue> {
  const v: FormatCompletionValue = { shortVideoSessions: 0, shortVideoCompleted: 0, deepReportSessions: 0, deepReportCompleted: 0 };
  for (const e of eventsNamed(index, 'content_dwell')) {
    if (!withinDays(e.time, asOf, rules.windows.longDays)) continue;
    const format = stringProp(e, 'format');
    const completed = booleanProp(e, 'completed') === true;
    if (format === 'short_video') {
      v.shortVideoSessions++;
      if (completed) v.shortVideoCompleted++;
    } else if (format === 'deep_report') {
      v.deepReportSessions++;
      if (completed) v.deepReportCompleted++;
    }
  }
  return {
    value: v,
    evidence: makeEvidence(
      `短视频完播${v.shortVideoCompleted}/${v.shortVideoSessions}，深度报告读完${v.deepReportCompleted}/${v.deepReportSessions}`,
      { ...v },
    ),
  };
}
