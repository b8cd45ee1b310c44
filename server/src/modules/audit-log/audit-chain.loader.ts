import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { bool, epochMs, nullableEpochMs, num } from '../../database/sql-values.js';

type Row = Record<string, unknown>;
const date = (value: unknown): Date | null => {
  const ms = nullableEpochMs(value);
  return ms === null ? null : new Date(ms);
};
const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export interface ChainSendFacts {
  id: number;
  channel: string;
  status: string;
  staffId: number;
  staffName: string | null;
  clientId: number | null;
  clientName: string | null;
  contentKind: 'script' | 'material';
  contentId: number;
  versionId: number;
  approverId: number | null;
  campaignId: number | null;
  msgid: string | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  failReason: string | null;
  /** When the same advisor next sent something to the same client: the end of this send's follow-up span. */
  nextAt: Date | null;
}

export interface ChainVersionFacts {
  versionNo: number;
  title: string;
  createdBy: number | null;
  createdAt: Date | null;
  approvedBy: number | null;
  approvedAt: Date | null;
}

export interface ChainViewFacts {
  sendId: number;
  token: string;
  forwarded: boolean;
  firstSeenAt: Date;
  dwellMs: number;
}

export interface ChainFollowUpFacts {
  id: number;
  clientId: number;
  staffId: number;
  note: string;
  createdAt: Date;
}

export interface SendFilter {
  clientId?: number;
  staffIds?: number[];
  from?: Date;
  to?: Date;
}

/**
 * Reads the pieces of the audit chain (DESIGN §3 "one audit chain"): sends (outreach), content
 * versions and their approvers (library), tracked links and views (outreach / tracking), follow-ups (feed).
 */
@Injectable()
export class AuditChainLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async sends(filter: SendFilter, offset: number, limit: number): Promise<{ total: number; sends: ChainSendFacts[] }> {
    const qb = this.db.createQueryBuilder().from('sends', 's').where('s.status NOT IN (:...notSent)', { notSent: ['excluded', 'cancelled'] });
    if (filter.clientId !== undefined) qb.andWhere('s.client_id = :clientId', { clientId: filter.clientId });
    if (filter.staffIds) qb.andWhere('s.staff_id IN (:...staffIds)', { staffIds: filter.staffIds });
    if (filter.from) qb.andWhere('COALESCE(s.sent_at, s.created_at) >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('COALESCE(s.sent_at, s.created_at) < :to', { to: filter.to });
    const [count, rows] = await Promise.all([
      qb.clone().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>(),
      qb
        .clone()
        .leftJoin('staff', 'st', 'st.id = s.staff_id')
        .leftJoin('clients', 'c', 'c.id = s.client_id')
        .leftJoin('campaign_tasks', 't', 't.id = s.task_id')
        .select(['s.id AS id', 's.channel AS channel', 's.status AS status', 's.staff_id AS staff_id', 'st.name AS staff_name', 's.client_id AS client_id', 'c.name AS client_name'])
        .addSelect(['s.content_kind AS content_kind', 's.content_id AS content_id', 's.version_id AS version_id', 's.approver_id AS approver_id', 's.campaign_id AS campaign_id'])
        .addSelect(['COALESCE(s.wecom_msgid, t.msgid) AS msgid', 's.created_at AS created_at', 's.sent_at AS sent_at', 's.delivered_at AS delivered_at', 's.fail_reason AS fail_reason'])
        .addSelect(
          '(SELECT MIN(COALESCE(n.sent_at, n.created_at)) FROM sends n WHERE n.client_id = s.client_id AND n.staff_id = s.staff_id AND n.id > s.id AND n.status NOT IN (:...notSent))',
          'next_at',
        )
        .orderBy('s.id', 'DESC')
        .offset(offset)
        .limit(limit)
        .getRawMany<Row>(),
    ]);
    return { total: num(count?.n ?? 0), sends: rows.map(toSend) };
  }

  /** Versions by kind and id → number, title, author and approval. */
  async versions(sends: ChainSendFacts[]): Promise<Map<string, ChainVersionFacts>> {
    const result = new Map<string, ChainVersionFacts>();
    for (const kind of ['script', 'material'] as const) {
      const ids = [...new Set(sends.filter((s) => s.contentKind === kind).map((s) => s.versionId))];
      if (ids.length === 0) continue;
      const rows = await this.db
        .createQueryBuilder()
        .select(['v.id AS id', 'v.version_no AS version_no', 'v.title AS title', 'v.created_by AS created_by', 'v.created_at AS created_at', 'v.approved_by AS approved_by', 'v.approved_at AS approved_at'])
        .from(`${kind}_versions`, 'v')
        .where('v.id IN (:...ids)', { ids })
        .getRawMany<Row>();
      for (const row of rows) {
        result.set(`${kind}:${num(row.id)}`, {
          versionNo: num(row.version_no),
          title: String(row.title),
          createdBy: row.created_by === null ? null : num(row.created_by),
          createdAt: date(row.created_at),
          approvedBy: row.approved_by === null ? null : num(row.approved_by),
          approvedAt: date(row.approved_at),
        });
      }
    }
    return result;
  }

  async staffNames(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.db.createQueryBuilder().select(['s.id AS id', 's.name AS name']).from('staff', 's').where('s.id IN (:...unique)', { unique }).getRawMany<Row>();
    return new Map(rows.map((row) => [num(row.id), String(row.name)]));
  }

  /** Views of each send's own tracked link, oldest first (mass-send task links are not per client). */
  async views(sendIds: number[]): Promise<ChainViewFacts[]> {
    if (sendIds.length === 0) return [];
    const rows = await this.db
      .createQueryBuilder()
      .select(['l.send_id AS send_id', 'v.token AS token', 'v.is_forward AS is_forward', 'v.first_seen_at AS first_seen_at', 'v.dwell_ms AS dwell_ms'])
      .from('tracked_links', 'l')
      .innerJoin('link_views', 'v', 'v.token = l.token')
      .where('l.send_id IN (:...sendIds)', { sendIds })
      .orderBy('v.first_seen_at', 'ASC')
      .getRawMany<Row>();
    return rows.map((row) => ({ sendId: num(row.send_id), token: String(row.token), forwarded: bool(row.is_forward), firstSeenAt: new Date(epochMs(row.first_seen_at)), dwellMs: num(row.dwell_ms) }));
  }

  async followUps(sends: ChainSendFacts[]): Promise<ChainFollowUpFacts[]> {
    const clientIds = [...new Set(sends.flatMap((s) => (s.clientId === null ? [] : [s.clientId])))];
    const staffIds = [...new Set(sends.map((s) => s.staffId))];
    if (clientIds.length === 0) return [];
    const rows = await this.db
      .createQueryBuilder()
      .select(['f.id AS id', 'f.client_id AS client_id', 'f.staff_id AS staff_id', 'f.note AS note', 'f.created_at AS created_at'])
      .from('follow_ups', 'f')
      .where('f.client_id IN (:...clientIds) AND f.staff_id IN (:...staffIds)', { clientIds, staffIds })
      .orderBy('f.created_at', 'ASC')
      .getRawMany<Row>();
    return rows.map((row) => ({ id: num(row.id), clientId: num(row.client_id), staffId: num(row.staff_id), note: String(row.note), createdAt: new Date(epochMs(row.created_at)) }));
  }
}

function toSend(row: Row): ChainSendFacts {
  return {
    id: num(row.id),
    channel: String(row.channel),
    status: String(row.status),
    staffId: num(row.staff_id),
    staffName: text(row.staff_name),
    clientId: row.client_id === null ? null : num(row.client_id),
    clientName: text(row.client_name),
    contentKind: row.content_kind === 'material' ? 'material' : 'script',
    contentId: num(row.content_id),
    versionId: num(row.version_id),
    approverId: row.approver_id === null ? null : num(row.approver_id),
    campaignId: row.campaign_id === null ? null : num(row.campaign_id),
    msgid: text(row.msgid),
    createdAt: new Date(epochMs(row.created_at)),
    sentAt: date(row.sent_at),
    deliveredAt: date(row.delivered_at),
    failReason: text(row.fail_reason),
    nextAt: date(row.next_at),
  };
}
