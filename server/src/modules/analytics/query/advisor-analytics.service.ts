import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import type { AdvisorListQuery, AdvisorFilterQuery, AdvisorTrendQuery } from '../dto/analytics-query.dto.js';
import type { AdvisorPageDto, AdvisorRowDto, AdvisorTrendDto, TrendPointDto } from '../dto/analytics.dto.js';
import { compareBy, deriveMetrics } from '../metrics/advisor-metrics.js';
import { addDays, type DayKey, dayKeyOf, daysBetween, mondayOf } from '../metrics/days.js';
import { addInto, emptyStats, type WindowStats } from '../metrics/window-stats.js';
import { AdvisorDirectory, type AdvisorRef } from './advisor-directory.js';
import { resolveRange } from './day-range.js';
import { type DayRange, RollupReader, statsOfDays } from './rollup-reader.js';

const DEFAULT_PAGE_SIZE = 50;

export interface RankedAdvisors {
  range: DayRange;
  rows: AdvisorRowDto[];
  totals: WindowStats;
}

/** Per-advisor rankings and trends, read from the daily rollups. */
@Injectable()
export class AdvisorAnalyticsService {
  constructor(
    private readonly directory: AdvisorDirectory,
    private readonly reader: RollupReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: AdvisorListQuery): Promise<AdvisorPageDto> {
    const { range, rows, totals } = await this.ranked(actor, query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    return {
      from: range.from,
      to: range.to,
      items: rows.slice((page - 1) * pageSize, page * pageSize),
      total: rows.length,
      page,
      pageSize,
      totals: deriveMetrics(totals),
    };
  }

  /** Every advisor in scope, ranked (the export and the list share it). */
  async ranked(actor: Actor, query: AdvisorFilterQuery): Promise<RankedAdvisors> {
    const range = resolveRange(query, dayKeyOf(this.clock.now()));
    const advisors = await this.directory.advisorsFor(actor, query.departmentId);
    const stats = await this.reader.statsByStaff(advisors.map((a) => a.id), range);
    const totals = emptyStats();
    const rows = advisors.map((advisor) => {
      const own = stats.get(advisor.id) ?? emptyStats();
      addInto(totals, own);
      return { ...rowOf(advisor, own), id: advisor.id };
    });
    rows.sort(compareBy(query.sort ?? 'sendsTotal', query.order ?? 'desc'));
    return { range, rows: rows.map(({ id: _id, ...row }) => row), totals };
  }

  async trend(actor: Actor, staffId: number, query: AdvisorTrendQuery): Promise<AdvisorTrendDto> {
    const advisor = await this.directory.requireAdvisor(actor, staffId);
    const range = resolveRange(query, dayKeyOf(this.clock.now()));
    const granularity = query.granularity ?? 'day';
    const { days, reach } = await this.reader.dailyOf(staffId, range.from, range.to);
    const points: TrendPointDto[] = periodsOf(range, granularity).map(({ from, to }) => {
      const snapshotDay = to < range.snapshotDay ? to : range.snapshotDay;
      return { period: from, periodEnd: to, metrics: deriveMetrics(statsOfDays(days, reach, { from, to, snapshotDay })) };
    });
    return { staffId, name: advisor.name, granularity, from: range.from, to: range.to, points };
  }
}

function rowOf(advisor: AdvisorRef, stats: WindowStats): AdvisorRowDto {
  return { staffId: advisor.id, name: advisor.name, departmentId: advisor.departmentId, departmentName: advisor.departmentName, metrics: deriveMetrics(stats) };
}

/** Days, or Monday-to-Sunday weeks clipped to the range. */
function periodsOf(range: DayRange, granularity: 'day' | 'week'): { from: DayKey; to: DayKey }[] {
  if (granularity === 'day') return daysBetween(range.from, range.to).map((day) => ({ from: day, to: day }));
  const periods: { from: DayKey; to: DayKey }[] = [];
  for (let monday = mondayOf(range.from); monday <= range.to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    periods.push({ from: monday < range.from ? range.from : monday, to: sunday > range.to ? range.to : sunday });
  }
  return periods;
}
