import { Entity } from 'typeorm';
import { StatColumns } from './stat-columns.js';

/**
 * Running totals of advisor_daily_stats per advisor, one row per day from the advisor's first rolled-up
 * day on (`clients_eod` stays that day's snapshot). A range's counters are then the difference of two
 * rows per advisor — cumulative(to) − cumulative(from − 1) — so a 500-advisor ranking reads 1,000 rows
 * whatever the range's length (the ≤ 300 ms p95 target), instead of summing advisors × days.
 */
@Entity('advisor_cumulative_stats')
export class AdvisorCumulativeStats extends StatColumns {}
