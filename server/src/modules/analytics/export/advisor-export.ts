import type { AdvisorRowDto } from '../dto/analytics.dto.js';
import type { MetricKey } from '../metrics/advisor-metrics.js';
import type { Cell } from './csv.js';

/** Export columns in reading order, with the headers managers see in Excel. */
const METRIC_COLUMNS: readonly [MetricKey, string][] = [
  ['clients', '期末客户数'],
  ['newClients', '新增客户'],
  ['lostClients', '流失客户'],
  ['contactedClients', '触达客户'],
  ['coverage', '覆盖率'],
  ['sendsChat', '一对一发送'],
  ['sendsMass', '群发客户'],
  ['sendsGroupMass', '客户群群发'],
  ['sendsMoments', '朋友圈'],
  ['sendsShare', '转发分享'],
  ['sendsTotal', '发送合计'],
  ['massTasksAssigned', '群发任务'],
  ['massTasksConfirmed', '已确认群发任务'],
  ['confirmationRate', '群发确认率'],
  ['openedClients', '打开客户'],
  ['openViews', '打开次数'],
  ['avgDwellSec', '平均阅读时长(秒)'],
  ['medianDwellSec', '阅读时长中位数(秒)'],
  ['alertsCreated', '预警数'],
  ['alertsHandled', '已处理预警'],
  ['medianHandleHours', '预警处理时长中位数(小时)'],
  ['handledWithin24hRate', '24小时内处理率'],
  ['conversions', '内容转化'],
  ['netFlow', '资金净流入(元)'],
  ['complianceFlags', '合规标记'],
];

export const ADVISOR_EXPORT_HEADER: readonly string[] = ['员工ID', '员工', '部门', ...METRIC_COLUMNS.map(([, header]) => header)];

export function advisorExportRows(rows: readonly AdvisorRowDto[]): Cell[][] {
  return rows.map((row) => [row.staffId, row.name, row.departmentName, ...METRIC_COLUMNS.map(([key]) => row.metrics[key])]);
}

/** `顾问指标_2026-09-01_2026-11-29.csv`, sent as RFC 6266 filename* (UTF-8) with an ASCII fallback. */
export function contentDisposition(baseName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(baseName)}`;
}
