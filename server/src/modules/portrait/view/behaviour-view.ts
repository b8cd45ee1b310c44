import type { EvidenceValue } from '../engine/evidence.js';
import type { BehaviourMetrics } from '../engine/metrics/compute-metrics.js';

type MetricId = keyof BehaviourMetrics;
type Headline = number | string | null;

interface MetricView<K extends MetricId> {
  labelZh: string;
  /** The one number the sidebar shows for the metric; the evidence carries the rest. */
  headline: (value: BehaviourMetrics[K]['value']) => Headline;
}

/** Layer 1 (行为) as the sidebar lists it, in display order. */
const BEHAVIOUR_VIEWS: { [K in MetricId]: MetricView<K> } = {
  aum: { labelZh: '资产规模', headline: (v) => v.aum },
  netFlows: { labelZh: '净流入（90天）', headline: (v) => v.netLong },
  tradeActivity: { labelZh: '月均交易次数', headline: (v) => v.tradesPerMonth },
  holdingPeriod: { labelZh: '持仓周期中位数（天）', headline: (v) => v.medianDays },
  concentration: { labelZh: '持仓集中度（HHI）', headline: (v) => v.hhi },
  drawdown: { labelZh: '当前回撤', headline: (v) => v.drawdown },
  lossExits: { labelZh: '亏损后赎回次数', headline: (v) => v.exits },
  allocation: { labelZh: '权益类占比', headline: (v) => v.equityShare },
  watchlistAdds: { labelZh: '近30天加自选', headline: (v) => v },
  quoteViews: { labelZh: '近30天看行情', headline: (v) => v },
  accountChecking: { labelZh: '日均查看账户', headline: (v) => v.checksPerDay },
  appUsage: { labelZh: '行情浏览占比', headline: (v) => v.quoteViewShare },
  contentDwell: { labelZh: '偏好内容', headline: (v) => v.topTopic },
  fragmentation: { labelZh: '碎片化阅读指数', headline: (v) => v.index },
  formatCompletion: { labelZh: '短视频完播数', headline: (v) => v.shortVideoCompleted },
  framingResponse: { labelZh: '收益/风险表述阅读时长差（秒）', headline: (v) => v.gain.meanDwellSeconds - v.loss.meanDwellSeconds },
  courseCompletion: { labelZh: '课程完成率', headline: (v) => v.rate },
  recency: { labelZh: '距上次登录（天）', headline: (v) => v.daysSinceLogin },
  complaints: { labelZh: '近90天投诉', headline: (v) => v },
  socialActivity: { labelZh: '近90天分享', headline: (v) => v.shares },
  chatTone: { labelZh: '近30天负面表述', headline: (v) => v.negativeMessages },
};

export interface BehaviourItem {
  metric: string;
  labelZh: string;
  value: Headline;
  evidence: { labelZh: string; values: Record<string, EvidenceValue>; refs: string[] };
}

export function behaviourItems(metrics: BehaviourMetrics): BehaviourItem[] {
  return (Object.keys(BEHAVIOUR_VIEWS) as MetricId[]).flatMap((id) => {
    const metric = metrics[id];
    if (!metric) return [];
    const view = BEHAVIOUR_VIEWS[id] as MetricView<MetricId>;
    const value = view.headline(metric.value as never);
    return [{ metric: id, labelZh: view.labelZh, value: typeof value === 'number' ? Math.round(value * 1000) / 1000 : value, evidence: { labelZh: metric.evidence.labelZh, values: { ...metric.evidence.values }, refs: [...metric.evidence.refs] } }];
  });
}
