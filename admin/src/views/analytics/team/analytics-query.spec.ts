import { describe, expect, it } from 'vitest';
import type { AdvisorMetrics } from '@/api/analytics.types';
import { analyticsApi } from '@/api/analytics';
import { formatMetric, formatNetFlow, formatRate, formatSeconds, lastDays, rankOf, toServerSort, totalsSummary } from './analytics-query';

const metrics = (overrides: Partial<AdvisorMetrics>): AdvisorMetrics =>
  ({ sendsTotal: 0, coverage: null, avgDwellSec: null, netFlow: 0, ...overrides }) as AdvisorMetrics;

describe('lastDays', () => {
  it('counts Beijing calendar days, both ends included', () => {
    // 2026-11-20T17:30Z is already 11-21 01:30 in Beijing.
    expect(lastDays(new Date('2026-11-20T17:30:00Z'), 30)).toEqual({ from: '2026-10-23', to: '2026-11-21' });
    expect(lastDays(new Date('2026-11-20T15:00:00Z'), 1)).toEqual({ from: '2026-11-20', to: '2026-11-20' });
  });
});

describe('toServerSort', () => {
  it('maps a metric column and its direction to the server sort', () => {
    expect(toServerSort({ prop: 'metrics.coverage', order: 'ascending' })).toEqual({ sort: 'coverage', order: 'asc' });
    expect(toServerSort({ prop: 'name', order: 'descending' })).toEqual({ sort: 'name', order: 'desc' });
  });

  it('falls back to the default ranking when the sort is cleared', () => {
    expect(toServerSort({ prop: 'metrics.coverage', order: null })).toEqual({ sort: 'sendsTotal', order: 'desc' });
  });
});

describe('rankOf', () => {
  it('numbers rows across pages', () => {
    expect(rankOf(1, 20, 0)).toBe(1);
    expect(rankOf(3, 20, 4)).toBe(45);
  });
});

describe('metric formatting', () => {
  it('shows rates as percentages and a dash without a denominator', () => {
    expect(formatRate(0.4253)).toBe('42.5%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });

  it('reads seconds as minutes once past a minute', () => {
    expect(formatSeconds(42.4)).toBe('42 秒');
    expect(formatSeconds(200)).toBe('3 分 20 秒');
    expect(formatSeconds(120)).toBe('2 分');
  });

  it('signs net flow', () => {
    expect(formatNetFlow(12000)).toBe('+12,000');
    expect(formatNetFlow(-3500.4)).toBe('-3,500');
    expect(formatNetFlow(0)).toBe('0');
  });

  it('formats each metric by its kind', () => {
    const row = metrics({ sendsTotal: 1234, coverage: 0.5, avgDwellSec: 75 });
    expect(formatMetric('sendsTotal', row)).toBe('1,234');
    expect(formatMetric('coverage', row)).toBe('50%');
    expect(formatMetric('avgDwellSec', row)).toBe('1 分 15 秒');
  });

  it('fills the totals row from the server totals under metric columns only', () => {
    const columns = [{ property: undefined }, { property: 'name' }, { property: 'metrics.sendsTotal' }, { property: 'metrics.coverage' }];
    expect(totalsSummary(columns, metrics({ sendsTotal: 90, coverage: 0.25 }), '合计')).toEqual(['合计', '', '90', '25%']);
    expect(totalsSummary(columns, null, '合计')).toEqual(['合计', '', '', '']);
  });
});

describe('advisor export link', () => {
  it('carries the table filter and order, without paging or empty values', () => {
    const url = analyticsApi.exportUrl(
      { from: '2026-10-23', to: '2026-11-21', departmentId: undefined, sort: 'coverage', order: 'asc' },
      'xlsx',
    );
    expect(url).toBe('/api/analytics/advisors/export?from=2026-10-23&to=2026-11-21&sort=coverage&order=asc&format=xlsx');
  });
});
