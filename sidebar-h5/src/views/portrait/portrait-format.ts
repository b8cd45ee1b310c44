import { ARCHETYPE_FEATURE_LABELS_ZH } from '@valuelens/contracts';
import type { EvidenceNumber } from '@/api/portrait-types';

/*
 * How portrait numbers read for an advisor. The server sends raw values (shares as 0–1, money in yuan);
 * the keys below are the ones the portrait engine writes (server portrait/engine/metrics, traits).
 */

const SHARE_KEYS = new Set([
  'share', 'shortShare', 'gap', 'equityShare', 'wealthShare', 'highRiskShare', 'lowRiskShare', 'largestWeight',
  'drawdown', 'pgr', 'plr', 'effect', 'rate', 'index', 'quoteViewShare', 'postGainRiskyShare', 'otherRiskyShare',
  'exitShare', 'share_policy', 'share_macro', 'share_technical', 'share_fundamental', 'share_education', 'share_product',
  // Archetype features (evidence of the values layer).
  'equity_share', 'wealth_share', 'low_risk_share', 'high_risk_share', 'topic_policy_macro', 'topic_technical',
  'topic_fundamental', 'topic_education', 'topic_product', 'quote_view_share', 'course_completion_rate', 'monthly_turnover',
]);
const MONEY_KEYS = new Set(['aum', 'netShort', 'netLong', 'inflowLong', 'outflowLong', 'tradedAmount', 'marketValue', 'costValue']);
/** Whole numbers: counts of days, where a decimal only adds noise. */
const DAY_KEYS = new Set(['medianDays', 'daysSinceLogin', 'daysSinceContact', 'gapBeforeLastLoginDays', 'windowDays', 'days']);

/** Content topics (server portrait/engine/metrics/content.ts). */
const TOPIC_LABELS: Record<string, string> = {
  policy: '政策', macro: '宏观', technical: '技术分析', fundamental: '基本面', education: '投教', product: '产品',
};

/** Chinese names of the evidence keys; an unknown key is shown as it is. */
const KEY_LABELS: Record<string, string> = {
  buys: '买入笔数', hotBuys: '热门标的买入', share: '占比', sessions: '阅读次数', shortSessions: '30秒内阅读',
  shortVideoCompleted: '短视频看完', deepReportCompleted: '深度报告读完', shortShare: '短视频占比',
  monthlyTurnover: '月换手率', percentile: '高于客户比例', postGainBuys: '盈利后买入', gainSells: '盈利卖出',
  withdrawn: '盈利后转出', postGainRiskyShare: '盈利后高风险占比', otherBuys: '其他买入', otherRiskyShare: '其他时候高风险占比',
  gap: '阅读差异', favoured: '更关注', gainMeanDwell: '收益表述平均阅读（秒）', lossMeanDwell: '风险表述平均阅读（秒）',
  shares: '分享次数', communityPosts: '社区发帖', actionsPerMonth: '月均分享/发帖', contentOpens: '打开内容',
  sharesPerOpen: '每次打开分享', pgr: '盈利实现比例', plr: '亏损实现比例', effect: '处置效应',
  lambda: '问卷λ', referenceLambda: '参考λ', lossAversion: '损失厌恶', drawdown: '回撤', checksPerDay: '日均查看',
  negativeMessages: '负面表述', equityShare: '权益类占比', wealthShare: '理财/债券占比', highRiskShare: '高风险占比',
  lowRiskShare: '低风险占比', daysSinceLogin: '距上次登录（天）', daysSinceContact: '距上次联系（天）',
  gapBeforeLastLoginDays: '上次登录前间隔（天）', hhi: 'HHI', largestWeight: '最大仓位占比', positions: '持仓数',
  netShort: '近30天净流入', netLong: '近90天净流入', inflowLong: '近90天流入', outflowLong: '近90天流出',
  tradeCount: '交易笔数', tradesPerMonth: '月均交易', count: '次数', days: '统计天数', medianDays: '持仓中位数（天）',
  closedPositions: '已平仓', openPositions: '持仓中', started: '开始课程', completed: '完成课程', rate: '完成率',
  logins: '登录次数', quoteViews: '查看行情', aum: '资产规模', exits: '亏损后赎回', index: '指数',
  realizedGains: '已实现盈利', realizedLosses: '已实现亏损', paperGains: '浮盈持仓', paperLosses: '浮亏持仓', sells: '卖出次数',
  losingSells: '亏损卖出', exitShare: '亏损后转出占比', recentExits: '近期亏损赎回', windowDays: '观察窗口（天）',
  tradedAmount: '成交金额', marketValue: '持仓市值', costValue: '持仓成本', losingPositions: '亏损持仓', appEvents: 'App 行为',
  totalSeconds: '阅读总时长（秒）', share_policy: '政策类占比', share_macro: '宏观类占比', share_technical: '技术分析类占比',
  share_fundamental: '基本面类占比', share_education: '投教类占比', share_product: '产品类占比',
  shortVideoSessions: '短视频观看', deepReportSessions: '深度报告阅读', gainOpens: '收益表述打开', lossOpens: '风险表述打开',
  messages: '聊天消息',
  // Alert evidence (server feed/alerts/rules/evaluate-rules.ts).
  productCode: '产品代码', productViews: '查看产品次数', readSeconds: '阅读时长（秒）', readTitle: '阅读内容',
  netOutflow: '净流出', drawdownPct: '回撤（%）', inactiveDays: '未活跃天数', complaints: '投诉次数',
  deletedAdvisor: '删除顾问', anxiety: '焦虑指数', from: '原类型', to: '新类型', fromMonth: '起始月份', toMonth: '最新月份',
  toWeight: '新类型权重',
  // Archetype evidence: the linear score before the weights are normalised.
  score: '综合得分',
};

const FEATURE_LABELS: Readonly<Record<string, string>> = ARCHETYPE_FEATURE_LABELS_ZH;

export function evidenceKeyLabel(key: string): string {
  return KEY_LABELS[key] ?? FEATURE_LABELS[key] ?? key;
}

function trimNumber(value: number, digits: number): string {
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** ¥ amounts: 12.3万 above ten thousand, else whole yuan. */
export function formatMoney(yuan: number): string {
  if (Math.abs(yuan) >= 100_000_000) return `${trimNumber(yuan / 100_000_000, 2)}亿`;
  if (Math.abs(yuan) >= 10_000) return `${trimNumber(yuan / 10_000, 1)}万`;
  return `${Math.round(yuan)}元`;
}

export function formatShare(share: number): string {
  return `${trimNumber(share * 100, 1)}%`;
}

export function formatEvidenceValue(key: string, value: EvidenceNumber): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return value === 'gain' ? '收益表述' : value === 'loss' ? '风险表述' : (TOPIC_LABELS[value] ?? value);
  if (MONEY_KEYS.has(key)) return formatMoney(value);
  if (SHARE_KEYS.has(key) && Math.abs(value) <= 1) return formatShare(value);
  if (DAY_KEYS.has(key)) return String(Math.round(value));
  // HHI and λ live between 0 and a few units: two decimals; everything else reads fine with one.
  return trimNumber(value, Math.abs(value) < 10 && !Number.isInteger(value) ? 2 : 1);
}

/** The headline value of a behaviour metric (portrait/profile/behaviour-view.ts picks which one). */
const METRIC_VALUE_KEY: Record<string, string> = {
  aum: 'aum', netFlows: 'netLong', drawdown: 'drawdown', allocation: 'equityShare', appUsage: 'quoteViewShare',
  fragmentation: 'index', courseCompletion: 'rate', concentration: 'hhi', holdingPeriod: 'medianDays', recency: 'daysSinceLogin',
};

export function formatBehaviourValue(metric: string, value: number | string | null): string {
  if (value === null) return '—';
  return formatEvidenceValue(METRIC_VALUE_KEY[metric] ?? metric, value);
}

/** Trait score band: the same thresholds the bars are coloured by. */
export function scoreLevel(score: number): 'high' | 'mid' | 'low' {
  if (score >= 70) return 'high';
  if (score >= 40) return 'mid';
  return 'low';
}
