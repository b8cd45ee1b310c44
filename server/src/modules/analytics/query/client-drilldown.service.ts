import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { epochMs, nullableEpochMs, num } from '../../../database/sql-values.js';
import type { AdvisorClientsQuery, ClientSortKey } from '../dto/analytics-query.dto.js';
import type { AdvisorClientPageDto, AdvisorClientRowDto } from '../dto/analytics.dto.js';
import { dayKeyOf, type TimeWindow, windowOfDays } from '../metrics/days.js';
import { REACHED_STATUSES } from '../rollup/activity-facts.js';
import { CONVERSION_WINDOW_MS } from '../rollup/engagement-facts.js';
import { IS_PURCHASE } from '../rollup/purchases.js';
import { AdvisorDirectory } from './advisor-directory.js';
import { resolveRange } from './day-range.js';

const DEFAULT_PAGE_SIZE = 50;
type Row = Record<string, unknown>;

/**
 * One advisor's clients over a range, straight from the source tables (one advisor is small): who they
 * followed during the range and, per client, sends, reading, conversions and net cash flow.
 */
@Injectable()
export class ClientDrilldownService {
  constructor(
    private readonly directory: AdvisorDirectory,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async clients(actor: Actor, staffId: number, query: AdvisorClientsQuery): Promise<AdvisorClientPageDto> {
    await this.directory.requireAdvisor(actor, staffId);
    const range = resolveRange(query, dayKeyOf(this.clock.now()));
    const w = windowOfDays(range.from, range.to);
    const [follows, sends, opens, conversions, flows] = await Promise.all([
      this.follows(staffId, w),
      this.perClient('sends', 's', staffId, w).select(['s.client_id AS client_id', 'COUNT(*) AS n', 'MAX(s.sent_at) AS last_at']).andWhere('s.sent_at >= :start AND s.sent_at < :end').andWhere('s.status IN (:...statuses)', { statuses: REACHED_STATUSES }).getRawMany<Row>(),
      this.perClient('link_views', 'v', staffId, w)
        .select(['v.client_id AS client_id', 'COUNT(*) AS n', 'SUM(v.dwell_ms) AS dwell_ms', 'MAX(v.first_seen_at) AS last_at'])
        .andWhere('v.first_seen_at >= :start AND v.first_seen_at < :end')
        .andWhere('v.is_forward = :no', { no: false })
        .getRawMany<Row>(),
      this.conversions(staffId, w),
      this.netFlows(staffId, w),
    ]);
    const byId = (rows: Row[]) => new Map(rows.map((row) => [num(row.client_id), row]));
    const [sendsOf, opensOf, flowsOf] = [byId(sends), byId(opens), byId(flows)];
    const rows: AdvisorClientRowDto[] = follows.map((follow) => {
      const clientId = num(follow.client_id);
      const sent = sendsOf.get(clientId);
      const opened = opensOf.get(clientId);
      const lastContact = nullableEpochMs(sent?.last_at);
      const lastOpen = nullableEpochMs(opened?.last_at);
      return {
        clientId,
        name: String(follow.name),
        followState: String(follow.state),
        addTime: nullableEpochMs(follow.add_time) === null ? null : new Date(epochMs(follow.add_time)),
        sends: num(sent?.n ?? 0),
        lastContactAt: lastContact === null ? null : new Date(lastContact),
        openViews: num(opened?.n ?? 0),
        dwellSec: Math.round(num(opened?.dwell_ms ?? 0) / 100) / 10,
        lastOpenAt: lastOpen === null ? null : new Date(lastOpen),
        conversions: conversions.get(clientId) ?? 0,
        netFlow: Math.round(num(flowsOf.get(clientId)?.net_flow ?? 0) * 100) / 100,
      };
    });
    rows.sort(compareClients(query.sort ?? 'lastContactAt', query.order ?? 'desc'));
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    return { staffId, from: range.from, to: range.to, items: rows.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize };
  }

  /** Follow relations of the advisor that were active at some point of the window. */
  private follows(staffId: number, w: TimeWindow): Promise<Row[]> {
    return this.db
      .createQueryBuilder()
      .select(['f.client_id AS client_id', 'c.name AS name', 'f.state AS state', 'f.add_time AS add_time'])
      .from('client_follows', 'f')
      .innerJoin('clients', 'c', 'c.id = f.client_id')
      .where('f.staff_id = :staffId', { staffId })
      .andWhere('(f.add_time IS NULL OR f.add_time < :end)', { end: w.end })
      .andWhere(`(f.state = 'active' OR f.state_changed_at >= :start)`, { start: w.start })
      .getRawMany<Row>();
  }

  private perClient(table: string, alias: string, staffId: number, w: TimeWindow) {
    return this.db
      .createQueryBuilder()
      .from(table, alias)
      .where(`${alias}.staff_id = :staffId AND ${alias}.client_id IS NOT NULL`, { staffId, start: w.start, end: w.end })
      .groupBy(`${alias}.client_id`);
  }

  /** Purchases in the window preceded (≤ 7 days) by a non-forward open of this advisor's content. */
  private async conversions(staffId: number, w: TimeWindow): Promise<Map<number, number>> {
    const [purchases, opens] = await Promise.all([
      this.db
        .createQueryBuilder()
        .select(['e.client_id AS client_id', 'e.time AS time'])
        .from('behaviour_events', 'e')
        .where(IS_PURCHASE)
        .andWhere('e.time >= :start AND e.time < :end', { start: w.start, end: w.end })
        .andWhere('e.client_id IN (SELECT f.client_id FROM client_follows f WHERE f.staff_id = :staffId)', { staffId })
        .getRawMany<Row>(),
      this.db
        .createQueryBuilder()
        .select(['v.client_id AS client_id', 'v.first_seen_at AS at'])
        .from('link_views', 'v')
        .where('v.staff_id = :staffId AND v.client_id IS NOT NULL AND v.is_forward = :no', { staffId, no: false })
        .andWhere('v.first_seen_at >= :from AND v.first_seen_at < :end', { from: new Date(w.start.getTime() - CONVERSION_WINDOW_MS), end: w.end })
        .getRawMany<Row>(),
    ]);
    const opensOf = new Map<number, number[]>();
    for (const open of opens) opensOf.set(num(open.client_id), [...(opensOf.get(num(open.client_id)) ?? []), epochMs(open.at)]);
    const counts = new Map<number, number>();
    for (const purchase of purchases) {
      const clientId = num(purchase.client_id);
      const at = epochMs(purchase.time);
      if ((opensOf.get(clientId) ?? []).some((openAt) => openAt <= at && openAt >= at - CONVERSION_WINDOW_MS)) counts.set(clientId, (counts.get(clientId) ?? 0) + 1);
    }
    return counts;
  }

  private netFlows(staffId: number, w: TimeWindow): Promise<Row[]> {
    return this.db
      .createQueryBuilder()
      .select('cf.client_id', 'client_id')
      .addSelect(`SUM(CASE WHEN cf.direction = 'in' THEN cf.amount ELSE -cf.amount END)`, 'net_flow')
      .from('cash_flows', 'cf')
      .innerJoin('client_follows', 'f', 'f.client_id = cf.client_id AND f.staff_id = :staffId', { staffId })
      .where('cf.time >= :start AND cf.time < :end', { start: w.start, end: w.end })
      .andWhere(`(f.add_time IS NULL OR f.add_time <= cf.time) AND (f.state = 'active' OR f.state_changed_at > cf.time)`)
      .groupBy('cf.client_id')
      .getRawMany<Row>();
  }
}

function compareClients(key: ClientSortKey, order: 'asc' | 'desc'): (a: AdvisorClientRowDto, b: AdvisorClientRowDto) => number {
  const sign = order === 'asc' ? 1 : -1;
  const value = (row: AdvisorClientRowDto): number | string | null =>
    key === 'name' ? row.name : key === 'lastContactAt' ? (row.lastContactAt?.getTime() ?? null) : row[key];
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? a.clientId - b.clientId : x === null ? 1 : -1;
    const diff = typeof x === 'string' ? x.localeCompare(String(y), 'zh-CN') : x - Number(y);
    return sign * diff || a.clientId - b.clientId;
  };
}
