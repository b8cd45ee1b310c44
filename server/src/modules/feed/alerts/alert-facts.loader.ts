import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Archetype } from '@valuelens/contracts';
import { type DataSource, In, MoreThanOrEqual } from 'typeorm';
import { CashFlow } from '../../client-data/entities/cash-flow.entity.js';
import { ClientFollow } from '../../clients/client-follow.entity.js';
import { BehaviourEvent } from '../../ingest/behaviour-event.entity.js';
import { ClientPortrait } from '../../portrait/entities/client-portrait.entity.js';
import { PortraitSnapshot } from '../../portrait/entities/portrait-snapshot.entity.js';
import type { EffectiveRule } from './alert-rules.service.js';
import type { ClientAlertFacts, ProductReadFact } from './rules/alert-facts.js';

const DAY_MS = 86_400_000;

/**
 * Loads the facts the alert rules read, for a batch of clients, with one set-based query per source
 * (behaviour events, trades, landing-page views, cash flows, holdings, follows, portraits, snapshots) and
 * only for the rules being evaluated. Read-only over other features' tables.
 */
@Injectable()
export class AlertFactsLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(clientIds: number[], rules: EffectiveRule[], now: Date): Promise<Map<number, ClientAlertFacts>> {
    const facts = new Map<number, ClientAlertFacts>(clientIds.map((clientId) => [clientId, emptyFacts(clientId)]));
    const rule = (key: EffectiveRule['key']) => rules.find((r) => r.key === key);
    const since = (days: number | undefined) => new Date(now.getTime() - (days ?? 0) * DAY_MS);
    const highIntent = rule('high_intent');
    const churn = rule('churn_risk');
    const needsHoldings = Boolean(churn || rule('anxiety'));
    await Promise.all([
      highIntent ? this.loadIntent(facts, clientIds, since(highIntent.params.windowDays)) : null,
      churn ? this.loadChurn(facts, clientIds, since(churn.params.windowDays)) : null,
      needsHoldings ? this.loadDrawdown(facts, clientIds) : null,
      rule('anxiety') ? this.loadPortraits(facts, clientIds) : null,
      rule('cognitive_shift') ? this.loadSnapshots(facts, clientIds) : null,
    ]);
    return facts;
  }

  private async loadIntent(facts: Map<number, ClientAlertFacts>, clientIds: number[], since: Date): Promise<void> {
    const [events, buys, reads] = await Promise.all([
      this.dataSource.getRepository(BehaviourEvent).find({
        select: { eventId: true, clientId: true, name: true, properties: true },
        where: { clientId: In(clientIds), name: In(['product_view', 'purchase']), time: MoreThanOrEqual(since) },
      }),
      this.dataSource
        .createQueryBuilder()
        .select('t.client_id', 'clientId')
        .addSelect('t.product_code', 'code')
        .from('trades', 't')
        .where('t.client_id IN (:...clientIds) AND t.side = :buy AND t.time >= :since', { clientIds, buy: 'buy', since })
        .getRawMany<{ clientId: number; code: string }>(),
      // The client's own reads (never a forward's) of product material.
      this.dataSource
        .createQueryBuilder()
        .select('v.client_id', 'clientId')
        .addSelect('v.token', 'token')
        .addSelect('v.dwell_ms', 'dwellMs')
        .addSelect('v.last_seen_at', 'lastSeenAt')
        .addSelect('mv.title', 'title')
        .addSelect('mv.product_codes', 'productCodes')
        .from('link_views', 'v')
        .innerJoin('tracked_links', 't', 't.token = v.token')
        .innerJoin('material_versions', 'mv', 'mv.id = v.version_id')
        .where('v.client_id IN (:...clientIds) AND v.is_forward = :no AND v.last_seen_at >= :since', { clientIds, no: false, since })
        .andWhere("t.content_kind = 'material' AND mv.is_product_related = :yes", { yes: true })
        .getRawMany<{ clientId: number; token: string; dwellMs: number; lastSeenAt: Date | string; title: string; productCodes: string | null }>(),
    ]);
    for (const e of events) {
      const f = facts.get(e.clientId!);
      const code = typeof e.properties?.productCode === 'string' ? e.properties.productCode : null;
      if (!f || !code) continue;
      if (e.name === 'product_view') f.productViews.set(code, [...(f.productViews.get(code) ?? []), e.eventId]);
      else f.purchasedCodes.add(code);
    }
    for (const b of buys) facts.get(Number(b.clientId))?.purchasedCodes.add(b.code);
    for (const r of reads) {
      const read: ProductReadFact = { token: r.token, title: r.title, dwellMs: Number(r.dwellMs), productCodes: parseCodes(r.productCodes), lastSeenAt: toDate(r.lastSeenAt) };
      facts.get(Number(r.clientId))?.productReads.push(read);
    }
  }

  private async loadChurn(facts: Map<number, ClientAlertFacts>, clientIds: number[], since: Date): Promise<void> {
    const [flows, complaints, lastEvents, lastViews, deleted] = await Promise.all([
      this.dataSource.getRepository(CashFlow).find({ select: { id: true, clientId: true, direction: true, amount: true }, where: { clientId: In(clientIds), time: MoreThanOrEqual(since) } }),
      this.dataSource.getRepository(BehaviourEvent).find({ select: { eventId: true, clientId: true }, where: { clientId: In(clientIds), name: 'complaint', time: MoreThanOrEqual(since) } }),
      this.latest('behaviour_events', 'time', clientIds),
      this.latest('link_views', 'last_seen_at', clientIds, 'is_forward = :no'),
      this.dataSource
        .getRepository(ClientFollow)
        .find({ select: { clientId: true, staffId: true }, where: { clientId: In(clientIds), state: 'deleted_by_client', stateChangedAt: MoreThanOrEqual(since) } }),
    ]);
    for (const flow of flows) {
      const f = facts.get(flow.clientId);
      if (!f) continue;
      if (flow.direction === 'in') f.cashIn += flow.amount;
      else f.cashOut += flow.amount;
      f.cashFlowRefs.push(flow.id);
    }
    for (const c of complaints) facts.get(c.clientId!)?.complaintRefs.push(c.eventId);
    for (const [clientId, at] of [...lastEvents, ...lastViews]) {
      const f = facts.get(clientId);
      if (f && (!f.lastActivityAt || at > f.lastActivityAt)) f.lastActivityAt = at;
    }
    for (const d of deleted) facts.get(d.clientId)?.deletedStaffIds.push(d.staffId);
  }

  private async latest(table: string, column: string, clientIds: number[], extra?: string): Promise<[number, Date][]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select('x.client_id', 'clientId')
      .addSelect(`MAX(x.${column})`, 'at')
      .from(table, 'x')
      .where('x.client_id IN (:...clientIds)', { clientIds, no: false })
      .groupBy('x.client_id');
    if (extra) qb.andWhere(`x.${extra}`);
    const rows = await qb.getRawMany<{ clientId: number; at: Date | string | null }>();
    return rows.filter((row) => row.at !== null).map((row) => [Number(row.clientId), toDate(row.at!)]);
  }

  private async loadDrawdown(facts: Map<number, ClientAlertFacts>, clientIds: number[]): Promise<void> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('h.client_id', 'clientId')
      .addSelect('SUM(h.market_value)', 'market')
      .addSelect('SUM(h.cost_value)', 'cost')
      .from('holdings', 'h')
      .where('h.client_id IN (:...clientIds)', { clientIds })
      .groupBy('h.client_id')
      .getRawMany<{ clientId: number; market: number | string; cost: number | string }>();
    for (const row of rows) {
      const cost = Number(row.cost);
      const f = facts.get(Number(row.clientId));
      // Distance below cost, as the portrait engine defines drawdown (EVENTS.md), to 0.01 % so that
      // 80/100 is 20 % and not 19.999… (a threshold of 20 must fire).
      if (f && cost > 0) f.drawdownPct = Math.max(0, Math.round((1 - Number(row.market) / cost) * 10_000) / 100);
    }
  }

  private async loadPortraits(facts: Map<number, ClientAlertFacts>, clientIds: number[]): Promise<void> {
    const rows = await this.dataSource.getRepository(ClientPortrait).find({ select: { clientId: true, anxiety: true, traitScores: true }, where: { clientId: In(clientIds) } });
    for (const row of rows) {
      const f = facts.get(row.clientId);
      const lossAversion = row.traitScores?.loss_aversion;
      if (f) f.portrait = { anxiety: Number(row.anxiety), lossAversion: typeof lossAversion === 'number' ? lossAversion : null };
    }
  }

  private async loadSnapshots(facts: Map<number, ClientAlertFacts>, clientIds: number[]): Promise<void> {
    const rows = await this.dataSource
      .getRepository(PortraitSnapshot)
      .find({ select: { clientId: true, month: true, topArchetype: true, archetypeWeights: true }, where: { clientId: In(clientIds) }, order: { clientId: 'ASC', month: 'DESC' } });
    for (const row of rows) {
      const f = facts.get(row.clientId);
      if (!f || f.snapshots.length >= 2) continue;
      f.snapshots.push({ month: row.month, topArchetype: row.topArchetype as Archetype, topWeight: Number(row.archetypeWeights?.[row.topArchetype] ?? 0) });
    }
  }
}

function emptyFacts(clientId: number): ClientAlertFacts {
  return {
    clientId,
    productViews: new Map(),
    purchasedCodes: new Set(),
    productReads: [],
    cashIn: 0,
    cashOut: 0,
    cashFlowRefs: [],
    drawdownPct: null,
    lastActivityAt: null,
    complaintRefs: [],
    deletedStaffIds: [],
    portrait: null,
    snapshots: [],
  };
}

function parseCodes(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((code): code is string => typeof code === 'string') : [];
  } catch {
    return [];
  }
}

/** Raw MAX(datetime) comes back as a Date on MySQL and as UTC text on SQLite. */
function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}
