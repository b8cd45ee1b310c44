/**
 * The rule parameters HQ tunes most, by path into the RuleSet (server portrait/engine/rules.ts). Everything else in
 * the RuleSet is kept as loaded and sent back unchanged.
 */
export interface RuleParam {
  path: string;
  group: string;
  label: string;
  kind: 'number' | 'boolean';
  min?: number;
  max?: number;
  step?: number;
  unit?: string;
}

export const RULE_PARAMS: readonly RuleParam[] = [
  { group: 'lifecycle', path: 'derive.lifecycle.newClientDays', label: '新客期', kind: 'number', min: 1, max: 730, unit: '天' },
  { group: 'lifecycle', path: 'derive.lifecycle.dormantDays', label: '沉默判定', kind: 'number', min: 1, max: 730, unit: '天' },
  { group: 'lifecycle', path: 'derive.lifecycle.reactivationDays', label: '回归判定', kind: 'number', min: 1, max: 365, unit: '天' },
  { group: 'lifecycle', path: 'derive.lifecycle.churnOutflowShare', label: '流失风险：资产流出占比', kind: 'number', min: 0, max: 1, step: 0.05 },
  { group: 'lifecycle', path: 'derive.lifecycle.changingNetFlowShare', label: '需求变化：净流动占比', kind: 'number', min: 0, max: 1, step: 0.05 },
  { group: 'triggers', path: 'derive.triggers.anxietyThreshold', label: '焦虑提醒阈值', kind: 'number', min: 0, max: 100, step: 5, unit: '分' },
  { group: 'triggers', path: 'derive.triggers.churnRiskEnabled', label: '启用流失风险提醒', kind: 'boolean' },
  { group: 'valueGroup', path: 'derive.valueGroup.highAumMin', label: '高价值资产门槛', kind: 'number', min: 0, step: 100_000, unit: '元' },
  { group: 'valueGroup', path: 'derive.valueGroup.highEngagementMin', label: '高活跃度门槛', kind: 'number', min: 0, max: 100, step: 5, unit: '分' },
  { group: 'format', path: 'derive.format.shortVideoMinInstantScore', label: '推荐短视频：即时满足 ≥', kind: 'number', min: 0, max: 100, step: 5, unit: '分' },
  { group: 'format', path: 'derive.format.deepReportMaxInstantScore', label: '推荐深度报告：即时满足 ≤', kind: 'number', min: 0, max: 100, step: 5, unit: '分' },
  { group: 'format', path: 'derive.format.posterMinSocialScore', label: '推荐海报：社会认同 ≥', kind: 'number', min: 0, max: 100, step: 5, unit: '分' },
  { group: 'archetypes', path: 'archetypes.temperature', label: '类型集中度（温度，越低越集中）', kind: 'number', min: 0.05, max: 2, step: 0.05 },
  { group: 'archetypes', path: 'archetypes.tagMinWeight', label: '打上价值观标签的最低权重（首位类型总会打上）', kind: 'number', min: 0, max: 1, step: 0.05 },
  { group: 'windows', path: 'windows.shortDays', label: '短期窗口', kind: 'number', min: 7, max: 90, unit: '天' },
  { group: 'windows', path: 'windows.longDays', label: '长期窗口', kind: 'number', min: 30, max: 365, unit: '天' },
  { group: 'windows', path: 'windows.preferenceDays', label: '偏好窗口', kind: 'number', min: 30, max: 730, unit: '天' },
  { group: 'trajectory', path: 'derive.trajectory.windowMonths', label: '轨迹观察期', kind: 'number', min: 1, max: 24, unit: '月' },
  { group: 'trajectory', path: 'derive.trajectory.minWeightShift', label: '认定转变的最小权重变化', kind: 'number', min: 0, max: 1, step: 0.05 },
];

export const FRAMING_PATH = 'derive.framingByArchetype';

type Json = Record<string, unknown>;

export function getPath(source: Json, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined), source);
}

/** A copy of `source` with one value replaced; the original stays untouched (it is the baseline for the diff). */
export function setPath(source: Json, path: string, value: unknown): Json {
  const [head, ...rest] = path.split('.');
  if (head === undefined) return source;
  const child = source[head];
  return {
    ...source,
    [head]: rest.length === 0 ? value : setPath(child && typeof child === 'object' ? (child as Json) : {}, rest.join('.'), value),
  };
}

/** Paths whose value differs between the loaded rules and the edited ones. */
export function changedPaths(original: Json, edited: Json, paths: readonly string[]): string[] {
  return paths.filter((path) => JSON.stringify(getPath(original, path)) !== JSON.stringify(getPath(edited, path)));
}
