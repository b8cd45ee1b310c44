import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, IsNull, type Repository } from 'typeorm';
import { AccessService, type StaffScope } from '../../../common/access/access.service.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { notFound } from '../../../common/errors/app-error.js';
import { coalescedRead, inKeys } from '../../../database/coalesced-read.js';
import { placeholders } from '../../../database/placeholders.js';
import { decodeCursor, encodeCursor } from '../feed/feed-cursor.js';
import { type ClientNameRow, FeedRepository } from '../feed/feed.repository.js';
import { FollowUpsService } from '../notes/follow-ups.service.js';
import { Alert, type AlertStatus } from './alert.entity.js';
import { toAlertDto } from './alert-view.js';
import type { AlertDto, AlertPageDto, AlertQuery, HandleAlertInput } from './alerts.dto.js';

const DEFAULT_LIMIT = 30;
/** Alerts still waiting for the advisor. */
const OPEN_STATUSES: readonly AlertStatus[] = ['new', 'seen'];
/** The most open alerts a client's profile lists. */
export const MAX_OPEN_ALERTS_SHOWN = 20;

/**
 * The newest open alerts of clients, within a scope (shared parameters: the open statuses, then the staff in scope,
 * none for everyone), at most MAX_OPEN_ALERTS_SHOWN per client, newest first. Profile views that start together with
 * the same scope share one statement; each client's alerts are found through its (client, time) index.
 */
export function openAlertsSql(count: number, shared: readonly unknown[]): string {
  const staff = shared.length - OPEN_STATUSES.length;
  // `staff_id + 0`: the scope is checked on the client's few rows and never picks the index (an advisor has many).
  const staffFilter = staff > 0 ? ` AND staff_id + 0 IN (${placeholders(staff)})` : '';
  return (
    'SELECT id, client_id FROM (SELECT id, client_id, ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY created_at DESC, id DESC) AS n FROM alerts ' +
    `WHERE status IN (${placeholders(OPEN_STATUSES.length)})${staffFilter} AND ${inKeys('client_id', count)}) newest ` +
    `WHERE n <= ${MAX_OPEN_ALERTS_SHOWN} ORDER BY client_id, n`
  );
}
const openAlertsOfClients = coalescedRead<{ id: number | string; client_id: number | string }>({ sql: openAlertsSql, keyOf: (row) => Number(row.client_id) });

/**
 * The advisor's alert inbox: an advisor sees their own alerts, a manager those of their subtree, HQ all.
 * new → seen → handled, each step stamped (seen_at / handled_at feed the manager's follow-up SLA).
 */
@Injectable()
export class AlertsService {
  constructor(
    @InjectRepository(Alert) private readonly alerts: Repository<Alert>,
    private readonly feed: FeedRepository,
    private readonly access: AccessService,
    private readonly followUps: FollowUpsService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: AlertQuery): Promise<AlertPageDto> {
    const scope = await this.access.staffScope(actor);
    return this.page(scope, query);
  }

  async forClient(actor: Actor, clientId: number, query: AlertQuery): Promise<AlertPageDto> {
    await this.access.requireClient(actor, clientId);
    return this.page(await this.access.staffScope(actor), query, clientId);
  }

  /**
   * The client's newest open alerts within the caller's scope (the sidebar profile, which has checked the client and
   * read its name), at most MAX_OPEN_ALERTS_SHOWN. Read on every view, where most clients have none: a coalesced read
   * finds the ids, and only found alerts are loaded whole.
   */
  async openForClient(actor: Actor, client: { id: number } & ClientNameRow, limit: number): Promise<AlertDto[]> {
    const scope = await this.access.staffScope(actor);
    const found = await openAlertsOfClients(this.alerts.manager, client.id, [...OPEN_STATUSES, ...(scope.all ? [] : scope.staffIds)]);
    const order = found.slice(0, Math.max(1, Math.min(Math.trunc(limit), MAX_OPEN_ALERTS_SHOWN))).map((r) => Number(r.id));
    if (order.length === 0) return [];
    const rows = await this.alerts.findBy({ id: In(order) });
    rows.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    const names = new Map([[client.id, { name: client.name, gender: client.gender }]]);
    return rows.map((row) => toAlertDto(row, names));
  }

  async markSeen(actor: Actor, id: number): Promise<AlertDto> {
    const alert = await this.inScope(actor, id);
    if (alert.seenAt === null) {
      const now = this.clock.now();
      await this.alerts.update({ id, seenAt: IsNull() }, { seenAt: now });
      await this.alerts.update({ id, status: 'new' }, { status: 'seen' });
    }
    return this.view(id);
  }

  async handle(actor: Actor, id: number, input: HandleAlertInput): Promise<AlertDto> {
    const alert = await this.inScope(actor, id);
    if (alert.status !== 'handled') {
      const now = this.clock.now();
      const note = input.note?.trim() || null;
      await this.alerts.update({ id }, { status: 'handled', handledAt: now, seenAt: alert.seenAt ?? now, handledNote: note });
      if (note) await this.followUps.record(actor, alert.clientId, { note, source: `alert:${id}` });
      await this.audit.record(actor, { action: 'alert.handled', targetType: 'alert', targetId: id, details: { ruleKey: alert.ruleKey, clientId: alert.clientId } });
    }
    return this.view(id);
  }

  private async page(scope: StaffScope, query: AlertQuery, clientId?: number): Promise<AlertPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const qb = this.alerts.createQueryBuilder('a');
    if (!scope.all) qb.andWhere('a.staff_id IN (:...staffIds)', { staffIds: scope.staffIds });
    if (clientId !== undefined) qb.andWhere('a.client_id = :clientId', { clientId });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    const before = decodeCursor(query.before);
    if (before) {
      qb.andWhere(new Brackets((w) => w.where('a.created_at < :at', { at: before.at }).orWhere('a.created_at = :at AND a.id < :id', { at: before.at, id: before.id })));
    }
    const rows = await qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').take(limit).getMany();
    const names = await this.feed.clientNames(rows.map((row) => row.clientId));
    const last = rows.at(-1);
    return { items: rows.map((row) => toAlertDto(row, names)), nextBefore: last && rows.length === limit ? encodeCursor(last.createdAt, last.id) : null };
  }

  private async inScope(actor: Actor, id: number): Promise<Alert> {
    const alert = await this.alerts.findOneBy({ id });
    const scope = await this.access.staffScope(actor);
    if (!alert || (!scope.all && !scope.staffIds.includes(alert.staffId))) throw notFound('提醒');
    return alert;
  }

  private async view(id: number): Promise<AlertDto> {
    const alert = (await this.alerts.findOneBy({ id }))!;
    return toAlertDto(alert, await this.feed.clientNames([alert.clientId]));
  }
}
