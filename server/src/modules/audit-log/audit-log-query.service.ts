import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../../common/access/access.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { epochMs, jsonValue, num } from '../../database/sql-values.js';
import type { AuditEntryDto, AuditLogFilterQuery, AuditPageDto } from './dto/audit-log.dto.js';

const DEFAULT_PAGE_SIZE = 50;
/** An export is for reading in Excel, not a database dump. */
export const AUDIT_EXPORT_LIMIT = 50_000;

type Row = Record<string, unknown>;

/**
 * The audit-log viewer. Compliance and admins read everything; a manager reads only entries about
 * the staff of their department subtree (as actor, or as the staff record acted on).
 */
@Injectable()
export class AuditLogQueryService {
  constructor(
    private readonly access: AccessService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async page(actor: Actor, query: AuditLogFilterQuery & { page?: number; pageSize?: number }): Promise<AuditPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const qb = await this.filtered(actor, query);
    const [total, rows] = await Promise.all([
      qb.clone().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>(),
      this.withColumns(qb).orderBy('a.id', 'DESC').offset((page - 1) * pageSize).limit(pageSize).getRawMany<Row>(),
    ]);
    return { items: rows.map(toEntry), total: num(total?.n ?? 0), page, pageSize };
  }

  async exportRows(actor: Actor, query: AuditLogFilterQuery): Promise<AuditEntryDto[]> {
    const qb = await this.filtered(actor, query);
    return (await this.withColumns(qb).orderBy('a.id', 'DESC').limit(AUDIT_EXPORT_LIMIT).getRawMany<Row>()).map(toEntry);
  }

  private async filtered(actor: Actor, query: AuditLogFilterQuery): Promise<SelectQueryBuilder<Row>> {
    const qb = this.db.createQueryBuilder().from('audit_log', 'a').where('1 = 1');
    if (query.actorId !== undefined) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.action !== undefined) {
      // "library.version." lists a whole family of actions; LIKE wildcards in the input are taken literally.
      if (query.action.endsWith('.')) qb.andWhere("a.action LIKE :prefix ESCAPE '!'", { prefix: `${query.action.replace(/[!%_]/g, '!$&')}%` });
      else qb.andWhere('a.action = :action', { action: query.action });
    }
    if (query.targetType !== undefined) qb.andWhere('a.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId !== undefined) qb.andWhere('a.target_id = :targetId', { targetId: query.targetId });
    if (query.from !== undefined) qb.andWhere('a.created_at >= :from', { from: query.from });
    if (query.to !== undefined) qb.andWhere('a.created_at < :to', { to: query.to });
    const scope = await this.access.staffScope(actor);
    if (!scope.all) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('a.actor_id IN (:...scopeIds)', { scopeIds: scope.staffIds })
            .orWhere("(a.target_type = 'staff' AND a.target_id IN (:...scopeIdTexts))", { scopeIdTexts: scope.staffIds.map(String) }),
        ),
      );
    }
    return qb;
  }

  private withColumns(qb: SelectQueryBuilder<Row>): SelectQueryBuilder<Row> {
    return qb
      .clone()
      .leftJoin('staff', 's', 's.id = a.actor_id')
      .select([
        'a.id AS id',
        'a.actor_id AS actor_id',
        's.name AS actor_name',
        'a.actor_role AS actor_role',
        'a.action AS action',
        'a.target_type AS target_type',
        'a.target_id AS target_id',
        'a.details AS details',
        'a.request_id AS request_id',
        'a.created_at AS created_at',
      ]);
  }
}

function toEntry(row: Row): AuditEntryDto {
  return {
    id: num(row.id),
    actorId: row.actor_id === null ? null : num(row.actor_id),
    actorName: (row.actor_name as string | null) ?? null,
    actorRole: (row.actor_role as string | null) ?? null,
    action: String(row.action),
    targetType: (row.target_type as string | null) ?? null,
    targetId: (row.target_id as string | null) ?? null,
    details: jsonValue<Record<string, unknown> | null>(row.details, null),
    requestId: (row.request_id as string | null) ?? null,
    createdAt: new Date(epochMs(row.created_at)),
  };
}
