import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { epochMs, num } from '../../../database/sql-values.js';
import type { TimeWindow } from '../metrics/days.js';
import { DWELL_EDGES_MS, HANDLE_EDGES_MS, bucketOf, bucketSumsSql } from '../metrics/histograms.js';
import { DWELL_COLUMNS, HANDLE_COLUMNS, type AdditiveStats } from '../metrics/window-stats.js';
import { IS_PURCHASE } from './purchases.js';
import { type StaffStats, staffStatsOf } from './stat-rows.js';

const DAY_MS = 86_400_000;
/** A purchase counts as a conversion of content the client opened up to 7 days before it. */
export const CONVERSION_WINDOW_MS = 7 * DAY_MS;
const ID_CHUNK = 500;

/** Views of the advisor's links by the people they were sent to (forwards excluded) and their visible dwell. */
export async function openFacts(db: DataSource, w: TimeWindow): Promise<StaffStats[]> {
  const rows = await db
    .createQueryBuilder()
    .select('v.staff_id', 'staff_id')
    .addSelect('COUNT(*)', 'open_views')
    .addSelect('SUM(v.dwell_ms)', 'dwell_ms_sum')
    .addSelect(bucketSumsSql('v.dwell_ms', DWELL_EDGES_MS, 'dwell_b'))
    .from('link_views', 'v')
    .where('v.is_forward = :no', { no: false })
    .andWhere('v.first_seen_at >= :start AND v.first_seen_at < :end', { start: w.start, end: w.end })
    .groupBy('v.staff_id')
    .getRawMany<Record<string, unknown>>();
  return staffStatsOf(rows, ['open_views', 'dwell_ms_sum', ...DWELL_COLUMNS]);
}

/** Alerts raised in the window (the cohort), and how long the handled ones took. Few rows: timed in JS. */
export async function alertFacts(db: DataSource, w: TimeWindow): Promise<StaffStats[]> {
  const rows = await db
    .createQueryBuilder()
    .select(['a.staff_id AS staff_id', 'a.created_at AS created_at', 'a.handled_at AS handled_at'])
    .from('alerts', 'a')
    .where('a.created_at >= :start AND a.created_at < :end', { start: w.start, end: w.end })
    .getRawMany<{ staff_id: number | string; created_at: unknown; handled_at: unknown }>();
  const byStaff = new Map<number, Partial<AdditiveStats>>();
  for (const row of rows) {
    const staffId = num(row.staff_id);
    const stats = byStaff.get(staffId) ?? { alerts_created: 0, alerts_handled: 0, handle_ms_sum: 0 };
    byStaff.set(staffId, stats);
    stats.alerts_created! += 1;
    if (row.handled_at === null || row.handled_at === undefined) continue;
    const tookMs = Math.max(0, epochMs(row.handled_at) - epochMs(row.created_at));
    stats.alerts_handled! += 1;
    stats.handle_ms_sum! += tookMs;
    const bucket = HANDLE_COLUMNS[bucketOf(tookMs, HANDLE_EDGES_MS)]!;
    stats[bucket] = (stats[bucket] ?? 0) + 1;
  }
  return [...byStaff].map(([staffId, stats]) => ({ staffId, stats }));
}

/**
 * Purchases in the window by clients who opened the advisor's content (not a forward) within the 7 days
 * before; one purchase counts once per advisor whose content was opened.
 */
export async function conversionFacts(db: DataSource, w: TimeWindow): Promise<StaffStats[]> {
  const purchases = await purchasesIn(db, w).getRawMany<{ client_id: number | string; time: unknown }>();
  const opensByClient = await opensOf(db, [...new Set(purchases.map((p) => num(p.client_id)))], new Date(w.start.getTime() - CONVERSION_WINDOW_MS), w.end);
  const conversions = new Map<number, number>();
  for (const purchase of purchases) {
    const at = epochMs(purchase.time);
    const converting = new Set(
      (opensByClient.get(num(purchase.client_id)) ?? []).filter((open) => open.at <= at && open.at >= at - CONVERSION_WINDOW_MS).map((open) => open.staffId),
    );
    for (const staffId of converting) conversions.set(staffId, (conversions.get(staffId) ?? 0) + 1);
  }
  return [...conversions].map(([staffId, count]) => ({ staffId, stats: { conversions: count } }));
}

/** Purchases of known clients in the window: client id and time. */
export function purchasesIn(db: DataSource, w: TimeWindow): SelectQueryBuilder<ObjectLiteral> {
  return db
    .createQueryBuilder()
    .select(['e.client_id AS client_id', 'e.time AS time'])
    .from('behaviour_events', 'e')
    .where(IS_PURCHASE)
    .andWhere('e.time >= :start AND e.time < :end', { start: w.start, end: w.end })
    .andWhere('e.client_id IS NOT NULL');
}

async function opensOf(db: DataSource, clientIds: number[], from: Date, to: Date): Promise<Map<number, { staffId: number; at: number }[]>> {
  const byClient = new Map<number, { staffId: number; at: number }[]>();
  for (let i = 0; i < clientIds.length; i += ID_CHUNK) {
    const rows = await db
      .createQueryBuilder()
      .select(['v.client_id AS client_id', 'v.staff_id AS staff_id', 'v.first_seen_at AS at'])
      .from('link_views', 'v')
      .where('v.client_id IN (:...clientIds)', { clientIds: clientIds.slice(i, i + ID_CHUNK) })
      .andWhere('v.is_forward = :no', { no: false })
      .andWhere('v.first_seen_at >= :from AND v.first_seen_at < :to', { from, to })
      .getRawMany<{ client_id: number | string; staff_id: number | string; at: unknown }>();
    for (const row of rows) {
      const clientId = num(row.client_id);
      byClient.set(clientId, [...(byClient.get(clientId) ?? []), { staffId: num(row.staff_id), at: epochMs(row.at) }]);
    }
  }
  return byClient;
}

/** Bank ↔ brokerage transfers (in − out) of the clients each advisor followed at the time of the transfer. */
export async function netFlowFacts(db: DataSource, w: TimeWindow): Promise<StaffStats[]> {
  const rows = await db
    .createQueryBuilder()
    .select('f.staff_id', 'staff_id')
    .addSelect(`SUM(CASE WHEN cf.direction = 'in' THEN cf.amount ELSE -cf.amount END)`, 'net_flow')
    .from('cash_flows', 'cf')
    .innerJoin('client_follows', 'f', 'f.client_id = cf.client_id')
    .where('cf.time >= :start AND cf.time < :end', { start: w.start, end: w.end })
    .andWhere('(f.add_time IS NULL OR f.add_time <= cf.time)')
    .andWhere(`(f.state = 'active' OR f.state_changed_at > cf.time)`)
    .groupBy('f.staff_id')
    .getRawMany<Record<string, unknown>>();
  return staffStatsOf(rows, ['net_flow']);
}
