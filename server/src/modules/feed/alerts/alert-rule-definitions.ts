/**
 * The alert rules HQ can tune (DESIGN §2 triggers): their parameters with allowed ranges and defaults,
 * and the default cool-down. The stored rows (alert_rules) override the defaults.
 */
export const ALERT_RULE_KEYS = ['high_intent', 'churn_risk', 'anxiety', 'cognitive_shift'] as const;
export type AlertRuleKey = (typeof ALERT_RULE_KEYS)[number];

export interface ParamSpec {
  default: number;
  min: number;
  max: number;
  labelZh: string;
}

export interface AlertRuleDefinition {
  labelZh: string;
  descriptionZh: string;
  cooldownHours: number;
  params: Readonly<Record<string, ParamSpec>>;
}

export const ALERT_RULE_DEFINITIONS: Readonly<Record<AlertRuleKey, AlertRuleDefinition>> = {
  high_intent: {
    labelZh: '高意向',
    descriptionZh: '窗口期内多次查看同一产品却未购买，或长时间阅读产品类素材',
    cooldownHours: 72,
    params: {
      windowDays: { default: 7, min: 1, max: 90, labelZh: '统计窗口（天）' },
      productViews: { default: 3, min: 1, max: 100, labelZh: '同一产品查看次数 ≥' },
      longDwellSeconds: { default: 120, min: 10, max: 3600, labelZh: '产品素材阅读时长（秒）≥' },
    },
  },
  churn_risk: {
    labelZh: '流失风险',
    descriptionZh: '资金净流出、大幅回撤、长期不活跃、投诉或客户删除顾问',
    cooldownHours: 168,
    params: {
      windowDays: { default: 30, min: 1, max: 365, labelZh: '资金与投诉统计窗口（天）' },
      netOutflow: { default: 100_000, min: 0, max: 1e10, labelZh: '净流出金额（元）≥' },
      drawdownPct: { default: 20, min: 1, max: 100, labelZh: '持仓回撤（%）≥' },
      inactivityDays: { default: 30, min: 1, max: 365, labelZh: '不活跃天数 ≥' },
      complaints: { default: 1, min: 0, max: 100, labelZh: '投诉次数 ≥（0 为不检查）' },
      deletedAdvisor: { default: 1, min: 0, max: 1, labelZh: '客户删除顾问时提醒（1 是 / 0 否）' },
    },
  },
  anxiety: {
    labelZh: '焦虑安抚',
    descriptionZh: '损失厌恶的客户处于回撤中且焦虑指数高：建议防御性配置沟通，而非泛泛的风险提示',
    cooldownHours: 168,
    params: {
      anxietyMin: { default: 70, min: 0, max: 100, labelZh: '焦虑指数 ≥' },
      lossAversionMin: { default: 60, min: 0, max: 100, labelZh: '损失厌恶 ≥' },
      drawdownPct: { default: 10, min: 0, max: 100, labelZh: '持仓回撤（%）≥' },
    },
  },
  cognitive_shift: {
    labelZh: '认知转变',
    descriptionZh: '相邻两个月的主导价值观类型发生变化',
    cooldownHours: 720,
    params: {
      minTopWeight: { default: 0.3, min: 0, max: 1, labelZh: '新主导类型权重 ≥' },
    },
  },
};

export function defaultParams(key: AlertRuleKey): Record<string, number> {
  return Object.fromEntries(Object.entries(ALERT_RULE_DEFINITIONS[key].params).map(([name, spec]) => [name, spec.default]));
}

/** Validates a parameter set: only known names, numbers within range; missing ones take the default. */
export function validateParams(key: AlertRuleKey, params: Record<string, unknown>): { ok: true; params: Record<string, number> } | { ok: false; errors: string[] } {
  const specs = ALERT_RULE_DEFINITIONS[key].params;
  const errors: string[] = [];
  const result = defaultParams(key);
  for (const [name, value] of Object.entries(params)) {
    const spec = specs[name];
    if (!spec) errors.push(`${key}.${name} 不是该规则的参数`);
    else if (typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max) errors.push(`${key}.${name} 必须是 ${spec.min}–${spec.max} 之间的数字`);
    else result[name] = value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, params: result };
}
