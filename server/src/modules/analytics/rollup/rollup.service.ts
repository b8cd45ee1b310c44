import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { insertRows } from '../../../database/raw-insert.js';
import { type DayKey, daysBetween, windowOfDays } from '../metrics/days.js';
import { STAT_COLUMNS, type WindowStats } from '../metrics/window-stats.js';
import { rebuildCumulative } from './cumulative.js';
import { reachRowsOfDay } from './reach-facts.js';
import { WindowStatsSource } from './window-stats.source.js';

export const ANALYTICS_ROLLUP_JOB = 'analytics.rollup';
export interface RollupPayload {
  from: DayKey;
  to: DayKey;
}

/** Rows per INSERT: 37 columns × 200 rows stays far below SQLite's bound-parameter limit. */
const ROWS_PER_STATEMENT = 200;

/**
 * Rebuilds advisor_daily_stats and advisor_daily_reach for a range of days, one day per transaction
 * (delete the day, insert it again), so a re-run is idempotent and a reader never sees half a day;
 * then the running totals (advisor_cumulative_stats) from the first day on. A backfill of old days
 * should run up to today: a later day's reach rows name the previous reach day.
 */
@Injectable()
export class RollupService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly source: WindowStatsSource,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register<RollupPayload>(ANALYTICS_ROLLUP_JOB, (payload) => this.rollup(payload.from, payload.to));
  }

  async rollup(from: DayKey, to: DayKey): Promise<{ days: number; rows: number }> {
    let rows = 0;
    const days = daysBetween(from, to);
    for (const day of days) rows += await this.rollupDay(day);
    rows += await rebuildCumulative(this.db, from);
    return { days: days.length, rows };
  }

  private async rollupDay(day: DayKey): Promise<number> {
    const window = windowOfDays(day, day);
    const [stats, contacts, opens] = await Promise.all([
      this.source.compute(window, { distinct: false }),
      reachRowsOfDay(this.db, 'contact', day, window),
      reachRowsOfDay(this.db, 'open', day, window),
    ]);
    const computedAt = this.clock.now();
    const statRows = [...stats].filter(([, s]) => !isEmpty(s)).map(([staffId, s]) => [staffId, day, ...STAT_COLUMNS.map((c) => s[c]), computedAt]);
    const reachRows = [...contacts, ...opens].map((r) => [r.staffId, r.kind, r.day, r.prevDay, r.clients]);
    await this.db.transaction(async (manager) => {
      await manager.createQueryBuilder().delete().from('advisor_daily_stats').where('day = :day', { day }).execute();
      await manager.createQueryBuilder().delete().from('advisor_daily_reach').where('day = :day', { day }).execute();
      await insertRows(manager, 'advisor_daily_stats', ['staff_id', 'day', ...STAT_COLUMNS, 'computed_at'], statRows, ROWS_PER_STATEMENT);
      await insertRows(manager, 'advisor_daily_reach', ['staff_id', 'kind', 'day', 'prev_day', 'clients'], reachRows, ROWS_PER_STATEMENT);
    });
    return statRows.length + reachRows.length;
  }
}

const isEmpty = (stats: WindowStats): boolean => STAT_COLUMNS.every((column) => stats[column] === 0);
