import { EnumField, IntField, TextField } from '../../../common/validation/fields.js';
import { METRIC_KEYS, type MetricKey } from '../metrics/advisor-metrics.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const SORT_KEYS = [...METRIC_KEYS, 'name'] as const;
export type SortKey = MetricKey | 'name';

/** Whole days in Asia/Shanghai, both ends included; defaults: the 30 days up to today. */
export class AnalyticsRangeQuery {
  @TextField({ optional: true, max: 10, pattern: DAY, description: '开始日期（含，北京时间）', example: '2026-09-01' })
  from?: string;

  @TextField({ optional: true, max: 10, pattern: DAY, description: '结束日期（含，北京时间）', example: '2026-11-29' })
  to?: string;
}

export class AdvisorFilterQuery extends AnalyticsRangeQuery {
  @IntField({ optional: true, min: 1, description: '部门（含下级部门）' })
  departmentId?: number;

  @EnumField(SORT_KEYS, { optional: true, description: '排序指标，默认 sendsTotal' })
  sort?: SortKey;

  @EnumField(['asc', 'desc'] as const, { optional: true, description: '排序方向，默认 desc' })
  order?: 'asc' | 'desc';
}

export class AdvisorListQuery extends AdvisorFilterQuery {
  @IntField({ optional: true, min: 1, max: 100_000, description: '页码，从 1 开始' })
  page?: number;

  @IntField({ optional: true, min: 1, max: 500, description: '每页条数' })
  pageSize?: number;
}

export class AdvisorExportQuery extends AdvisorFilterQuery {
  @EnumField(['csv', 'xlsx'] as const, { optional: true, description: '导出格式，默认 csv' })
  format?: 'csv' | 'xlsx';
}

export class AdvisorTrendQuery extends AnalyticsRangeQuery {
  @EnumField(['day', 'week'] as const, { optional: true, description: '粒度，默认 day' })
  granularity?: 'day' | 'week';
}

export const CLIENT_SORT_KEYS = ['sends', 'openViews', 'dwellSec', 'conversions', 'netFlow', 'lastContactAt', 'name'] as const;
export type ClientSortKey = (typeof CLIENT_SORT_KEYS)[number];

export class AdvisorClientsQuery extends AnalyticsRangeQuery {
  @EnumField(CLIENT_SORT_KEYS, { optional: true, description: '排序，默认 lastContactAt' })
  sort?: ClientSortKey;

  @EnumField(['asc', 'desc'] as const, { optional: true })
  order?: 'asc' | 'desc';

  @IntField({ optional: true, min: 1, max: 100_000 })
  page?: number;

  @IntField({ optional: true, min: 1, max: 200 })
  pageSize?: number;
}

export class BranchQuery extends AnalyticsRangeQuery {
  @IntField({ optional: true, min: 1, description: '上级部门：汇总其直接下级部门；默认为顶级部门' })
  parentId?: number;
}

export class RollupRequest {
  @TextField({ max: 10, pattern: DAY, example: '2026-11-01' })
  from: string;

  @TextField({ max: 10, pattern: DAY, example: '2026-11-29' })
  to: string;
}
