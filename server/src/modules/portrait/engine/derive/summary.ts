import type { Archetype } from '@valuelens/contracts';
import type { ValuesLayer } from '../archetypes.js';
import type { BehaviourMetrics } from '../metrics/compute-metrics.js';
import { topicLabelZh } from '../metrics/content.js';
import type { RuleSet } from '../rules.js';
import type { PsychologyTraits } from '../traits/compute-traits.js';
import { TRAIT_IDS, type TraitId } from '../traits/trait.js';
import { FRAMING_LABELS_ZH, type RecommendedFraming } from './framing.js';

/** A behaviour fact worth saying to the advisor, with the archetypes it speaks for. */
interface SummaryFact {
  textZh: string;
  supports: readonly Archetype[];
}

const TRAIT_PHRASES_ZH: Record<TraitId, string> = {
  loss_aversion: '对损失敏感',
  overconfidence: '交易自信偏高',
  herding: '易受热点影响',
  mental_accounting: '把收益与本金分开看待',
  framing_sensitivity: '对表述方式敏感',
  instant_gratification: '偏好即时反馈',
  social_proof: '看重他人认同',
  anxiety: '当前焦虑偏高',
};

function collectFacts(m: BehaviourMetrics, rules: RuleSet): SummaryFact[] {
  const facts: SummaryFact[] = [];
  const longDays = rules.windows.longDays;
  const at = rules.derive.summary;
  const shortDays = rules.windows.shortDays;
  const exits = m.lossExits.value.recentExits;
  if (exits > 0) facts.push({ textZh: `近${longDays}天${exits}次在亏损后赎回`, supports: ['security'] });
  const { topTopic, shareByTopic } = m.contentDwell.value;
  if (topTopic !== null && shareByTopic[topTopic] >= at.topTopicShare) {
    const supports: Record<typeof topTopic, Archetype[]> = {
      policy: ['policy'],
      macro: ['policy'],
      technical: ['technical'],
      fundamental: ['value'],
      education: ['learner', 'security'],
      product: ['growth', 'legacy'],
    };
    facts.push({ textZh: `偏好${topicLabelZh(topTopic)}类内容`, supports: supports[topTopic] });
  }
  const completed = m.courseCompletion.value.completed;
  if (completed > 0) facts.push({ textZh: `完成${completed}门投教课程`, supports: ['learner'] });
  const quotes = m.quoteViews.value;
  if (quotes >= at.quoteViews) facts.push({ textZh: `近${shortDays}天看行情${quotes}次`, supports: ['technical'] });
  const turnover = m.tradeActivity.value.monthlyTurnover;
  if (turnover !== null && turnover >= at.monthlyTurnover) facts.push({ textZh: `月换手率${Math.round(turnover * 100)}%`, supports: ['technical', 'growth'] });
  const holdingDays = m.holdingPeriod.value.medianDays;
  if (holdingDays !== null && holdingDays >= at.holdingDays) facts.push({ textZh: `持仓中位${Math.round(holdingDays)}天`, supports: ['value', 'legacy'] });
  const social = m.socialActivity.value.shares + m.socialActivity.value.communityPosts;
  if (social >= at.socialActions) facts.push({ textZh: `近${longDays}天分享/发帖${social}次`, supports: ['social'] });
  const { equityShare, wealthShare } = m.allocation.value;
  if (equityShare >= at.equityShare) facts.push({ textZh: `权益类占${Math.round(equityShare * 100)}%`, supports: ['growth'] });
  if (wealthShare >= at.wealthShare) facts.push({ textZh: `理财/债券占${Math.round(wealthShare * 100)}%`, supports: ['legacy', 'security'] });
  const drawdown = m.drawdown.value.drawdown;
  if (drawdown >= at.drawdown) facts.push({ textZh: `持仓浮亏${Math.round(drawdown * 100)}%`, supports: ['security'] });
  return facts;
}

function archetypeNoun(labelZh: string): string {
  return labelZh.endsWith('派') ? labelZh : `${labelZh}型`;
}

/**
 * One sentence for the advisor: the facts behind the dominant archetype, the archetype, its most salient trait and
 * the narrative to use — e.g. "近90天2次在亏损后赎回、偏好政策类内容：稳健守护型，对损失敏感，宜用安全边际叙事".
 */
export function summarizeWhy(
  m: BehaviourMetrics,
  traits: PsychologyTraits,
  values: ValuesLayer,
  framing: RecommendedFraming,
  rules: RuleSet,
): string {
  const facts = collectFacts(m, rules);
  const top = values.top;
  const relevant = facts.filter((f) => f.supports.includes(top));
  const others = facts.filter((f) => !f.supports.includes(top));
  const chosen = [...relevant, ...others].slice(0, rules.derive.summary.maxEvidenceFacts).map((f) => f.textZh);
  const head = chosen.length >= rules.derive.summary.minEvidenceFacts ? chosen.join('、') : '行为数据较少';
  const label = values.ranked[0]?.labelZh ?? top;
  let salient: TraitId | null = null;
  for (const id of TRAIT_IDS) {
    const t = traits[id];
    if (t.score < rules.derive.summary.salientTraitScore || t.confidence < rules.derive.summary.salientTraitConfidence) continue;
    if (salient === null || t.score > traits[salient].score) salient = id;
  }
  const traitPart = salient === null ? '' : `，${TRAIT_PHRASES_ZH[salient]}`;
  return `${head}：${archetypeNoun(label)}${traitPart}，宜用${FRAMING_LABELS_ZH[framing]}叙事`;
}
