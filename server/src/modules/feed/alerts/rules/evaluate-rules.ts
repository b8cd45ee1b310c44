import { ARCHETYPE_LABELS_ZH } from '@valuelens/contracts';
import type { AlertRuleKey } from '../alert-rule-definitions.js';
import type { AlertFinding, ClientAlertFacts } from './alert-facts.js';

/**
 * The alert rules as pure functions of a client's facts and the rule's parameters, so each threshold is
 * unit-tested and HQ's settings are the only knobs.
 */
type Params = Readonly<Record<string, number>>;
const DAY_MS = 86_400_000;
const wan = (amount: number): string => `${(amount / 10_000).toFixed(amount % 10_000 === 0 ? 0 : 2)}万元`;
const durationZh = (ms: number): string => {
  const seconds = Math.round(ms / 1000);
  return seconds >= 60 ? `${Math.floor(seconds / 60)}分${seconds % 60}秒` : `${seconds}秒`;
};

export function evaluateHighIntent(facts: ClientAlertFacts, p: Params): AlertFinding | null {
  const viewed = [...facts.productViews.entries()]
    .filter(([code, ids]) => ids.length >= p.productViews! && !facts.purchasedCodes.has(code))
    .sort((a, b) => b[1].length - a[1].length);
  const longReads = facts.productReads.filter((read) => read.dwellMs >= p.longDwellSeconds! * 1000).sort((a, b) => b.dwellMs - a.dwellMs);
  if (viewed.length === 0 && longReads.length === 0) return null;
  const parts: string[] = [];
  const numbers: Record<string, number | string> = {};
  const refs: string[] = [];
  const top = viewed[0];
  if (top) {
    parts.push(`${p.windowDays}天内查看产品 ${top[0]} ${top[1].length} 次且未购买`);
    numbers.productCode = top[0];
    numbers.productViews = top[1].length;
    refs.push(...top[1].slice(0, 10).map((id) => `event:${id}`));
  }
  const read = longReads[0];
  if (read) {
    parts.push(`阅读产品资料《${read.title}》${durationZh(read.dwellMs)}`);
    numbers.readSeconds = Math.round(read.dwellMs / 1000);
    numbers.readTitle = read.title;
    if (!numbers.productCode && read.productCodes[0]) numbers.productCode = read.productCodes[0];
    refs.push(`link:${read.token}`);
  }
  return {
    evidence: { summaryZh: parts.join('；'), numbers, refs },
    suggestionZh: '客户对产品兴趣明显：建议近期主动联系，了解需求与资金安排，确认风险测评匹配后再介绍产品要点。',
    scriptHint: { framing: 'data_evidence', keywords: ['产品', '意向', '介绍'] },
  };
}

export function evaluateChurnRisk(facts: ClientAlertFacts, p: Params, now: Date): AlertFinding | null {
  const reasons: string[] = [];
  const numbers: Record<string, number | string> = {};
  const refs: string[] = [];
  const netOutflow = facts.cashOut - facts.cashIn;
  if (netOutflow > 0 && netOutflow >= p.netOutflow!) {
    reasons.push(`${p.windowDays}天净流出${wan(netOutflow)}`);
    numbers.netOutflow = netOutflow;
    refs.push(...facts.cashFlowRefs.slice(0, 10).map((id) => `cash_flow:${id}`));
  }
  if (facts.drawdownPct !== null && facts.drawdownPct >= p.drawdownPct!) {
    reasons.push(`持仓回撤${facts.drawdownPct.toFixed(1)}%`);
    numbers.drawdownPct = Number(facts.drawdownPct.toFixed(1));
  }
  if (facts.lastActivityAt) {
    const idleDays = Math.floor((now.getTime() - facts.lastActivityAt.getTime()) / DAY_MS);
    if (idleDays >= p.inactivityDays!) {
      reasons.push(`已${idleDays}天没有任何活动`);
      numbers.inactiveDays = idleDays;
    }
  }
  if (p.complaints! > 0 && facts.complaintRefs.length >= p.complaints!) {
    reasons.push(`${p.windowDays}天内投诉${facts.complaintRefs.length}次`);
    numbers.complaints = facts.complaintRefs.length;
    refs.push(...facts.complaintRefs.slice(0, 10).map((id) => `event:${id}`));
  }
  const deleted = p.deletedAdvisor === 1 ? facts.deletedStaffIds : [];
  if (reasons.length === 0 && deleted.length === 0) return null;
  if (deleted.length > 0) {
    reasons.push('客户删除了您的企业微信');
    numbers.deletedAdvisor = 1;
    refs.push(...deleted.map((staffId) => `follow:${facts.clientId}:${staffId}`));
  }
  return {
    evidence: { summaryZh: reasons.join('；'), numbers, refs },
    suggestionZh: deleted.length > 0 && reasons.length === 1
      ? '客户已删除您的企业微信：建议通过电话或营业部渠道了解原因，记录跟进情况，不要反复打扰。'
      : '客户有流失迹象：建议尽快电话回访，了解资金安排和不满之处，提供有针对性的服务，避免催促式挽留。',
    scriptHint: { framing: null, keywords: ['回访', '关怀', '挽留'] },
    // Only a deletion makes this about one advisor; other reasons concern every advisor of the client.
    ...(deleted.length > 0 && reasons.length === 1 ? { onlyStaffIds: deleted } : {}),
  };
}

export function evaluateAnxiety(facts: ClientAlertFacts, p: Params): AlertFinding | null {
  const portrait = facts.portrait;
  if (!portrait || facts.drawdownPct === null) return null;
  const lossAverse = portrait.lossAversion !== null && portrait.lossAversion >= p.lossAversionMin!;
  if (!lossAverse || portrait.anxiety < p.anxietyMin! || facts.drawdownPct < p.drawdownPct!) return null;
  return {
    evidence: {
      summaryZh: `焦虑指数${Math.round(portrait.anxiety)}，损失厌恶${Math.round(portrait.lossAversion!)}，持仓回撤${facts.drawdownPct.toFixed(1)}%`,
      numbers: { anxiety: Math.round(portrait.anxiety), lossAversion: Math.round(portrait.lossAversion!), drawdownPct: Number(facts.drawdownPct.toFixed(1)) },
      refs: [`portrait:${facts.clientId}`],
    },
    // DESIGN §2 trigger: a defensive-allocation conversation, not a generic risk notice.
    suggestionZh: '客户损失厌恶强、正处于回撤且焦虑：建议先共情，再用数据介绍防御性配置思路（分散持仓、降低波动、固收类打底），不要发送泛泛的风险提示。',
    scriptHint: { framing: 'safety_margin', keywords: ['防御', '回撤', '稳健', '安抚'] },
  };
}

export function evaluateCognitiveShift(facts: ClientAlertFacts, p: Params): AlertFinding | null {
  const [latest, previous] = facts.snapshots;
  if (!latest || !previous || latest.topArchetype === previous.topArchetype || latest.topWeight < p.minTopWeight!) return null;
  const from = ARCHETYPE_LABELS_ZH[previous.topArchetype];
  const to = ARCHETYPE_LABELS_ZH[latest.topArchetype];
  return {
    evidence: {
      summaryZh: `主导价值观由「${from}」（${previous.month}）转为「${to}」（${latest.month}）`,
      numbers: { from: previous.topArchetype, to: latest.topArchetype, fromMonth: previous.month, toMonth: latest.month, toWeight: Number(latest.topWeight.toFixed(2)) },
      refs: [`snapshot:${facts.clientId}:${previous.month}`, `snapshot:${facts.clientId}:${latest.month}`],
    },
    suggestionZh: `客户的投资理念正在从「${from}」转向「${to}」：建议调整沟通框架，推荐符合新理念的内容，并确认风险测评是否需要更新。`,
    scriptHint: { framing: null, keywords: [to, '理念', '风格'] },
  };
}

export function evaluateRule(key: AlertRuleKey, facts: ClientAlertFacts, params: Params, now: Date): AlertFinding | null {
  switch (key) {
    case 'high_intent':
      return evaluateHighIntent(facts, params);
    case 'churn_risk':
      return evaluateChurnRisk(facts, params, now);
    case 'anxiety':
      return evaluateAnxiety(facts, params);
    case 'cognitive_shift':
      return evaluateCognitiveShift(facts, params);
  }
}
