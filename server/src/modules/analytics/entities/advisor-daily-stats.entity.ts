import { Column, Entity } from 'typeorm';
import { StatColumns } from './stat-columns.js';

/**
 * One advisor's counters for one Asia/Shanghai day, rebuilt by the `analytics.rollup` job (trends read
 * it; rankings read the running totals in advisor_cumulative_stats). Cohorts: mass-send tasks count on
 * the day they were handed to WeCom, alerts on the day they were raised (their handling is filled in
 * by later re-rollups), conversions on the day of the purchase.
 */
@Entity('advisor_daily_stats')
export class AdvisorDailyStats extends StatColumns {
  @Column({ name: 'computed_at', type: 'datetime', precision: 3 }) computedAt: Date;
}
