import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, In, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { StaffScope } from '../../../common/access/access.service.js';
import { upsertRows } from '../../../database/upsert.js';
import { ClientFollow } from '../../clients/client-follow.entity.js';
import { Client } from '../../clients/client.entity.js';
import type { Cursor } from './feed-cursor.js';
import { type FeedData, FeedItem, type FeedItemType } from './feed-item.entity.js';

export interface FeedDraft {
  clientId: number;
  staffId: number | null;
  type: FeedItemType;
  occurredAt: Date;
  textZh: string;
  data: FeedData;
  sourceRef: string;
}

export interface FeedPageFilter {
  clientId?: number;
  scope?: StaffScope;
  types?: FeedItemType[];
  before: Cursor | null;
  limit: number;
}

export interface ClientNameRow {
  name: string;
  gender: 'male' | 'female' | null;
}

/** simple-json takes any JSON value; TypeORM's deep-partial type cannot express an open record. */
function toRows(drafts: FeedDraft[], now: Date): QueryDeepPartialEntity<FeedItem>[] {
  return drafts.map((d) => ({ ...d, mergedIntoId: null, updatedAt: now })) as QueryDeepPartialEntity<FeedItem>[];
}

/** Named queries over feed_items and the few client facts the sentences need. */
@Injectable()
export class FeedRepository {
  readonly items: Repository<FeedItem>;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.items = dataSource.getRepository(FeedItem);
  }

  async findBySourceRefs(refs: string[]): Promise<FeedItem[]> {
    if (refs.length === 0) return [];
    return this.items.findBy({ sourceRef: In(refs) });
  }

  /** Insert or re-word (reading sessions): the sentence and data follow the latest heartbeat. */
  async upsert(drafts: FeedDraft[], now: Date): Promise<void> {
    await upsertRows(this.items, toRows(drafts, now), ['source_ref'], ['text_zh', 'data', 'updated_at']);
  }

  /** Insert only what is not stored yet (ingested events are immutable). */
  async insertIgnore(drafts: FeedDraft[], now: Date): Promise<void> {
    if (drafts.length === 0) return;
    await this.items
      .createQueryBuilder()
      .insert()
      .into(FeedItem)
      .values(toRows(drafts, now))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async markMerged(id: number, intoId: number): Promise<void> {
    await this.items.update({ id }, { mergedIntoId: intoId });
  }

  /** Newest first, keyset-paged; merged items are folded into another sentence and not listed. */
  async page(filter: FeedPageFilter): Promise<FeedItem[]> {
    const qb = this.items.createQueryBuilder('f').where('f.merged_into_id IS NULL');
    if (filter.clientId !== undefined) qb.andWhere('f.client_id = :clientId', { clientId: filter.clientId });
    if (filter.scope && !filter.scope.all) {
      const staffIds = filter.scope.staffIds;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`EXISTS (SELECT 1 FROM client_follows sf WHERE sf.client_id = f.client_id AND sf.state = 'active' AND sf.staff_id IN (:...staffIds))`, { staffIds })
            // What the advisor did or lost (a send, a client who deleted them) stays in their own feed.
            .orWhere('f.staff_id IN (:...staffIds)', { staffIds }),
        ),
      );
    }
    if (filter.types && filter.types.length > 0) qb.andWhere('f.type IN (:...types)', { types: filter.types });
    if (filter.before) {
      const { at, id } = filter.before;
      qb.andWhere(new Brackets((w) => w.where('f.occurred_at < :at', { at }).orWhere('f.occurred_at = :at AND f.id < :id', { at, id })));
    }
    return qb.orderBy('f.occurred_at', 'DESC').addOrderBy('f.id', 'DESC').take(filter.limit).getMany();
  }

  /** The client's own latest reading session that was active at or before `at` (for combining sentences). */
  async latestOwnRead(clientId: number, notBefore: Date, notAfter: Date): Promise<FeedItem | null> {
    return this.items
      .createQueryBuilder('f')
      .where('f.client_id = :clientId AND f.type = :type AND f.merged_into_id IS NULL', { clientId, type: 'content_read' })
      .andWhere('f.occurred_at <= :notAfter AND f.updated_at >= :notBefore', { notAfter, notBefore })
      .orderBy('f.occurred_at', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .getOne();
  }

  async clientNames(clientIds: number[]): Promise<Map<number, ClientNameRow>> {
    if (clientIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Client).find({ select: { id: true, name: true, gender: true }, where: { id: In([...new Set(clientIds)]) } });
    return new Map(rows.map((row) => [row.id, { name: row.name, gender: row.gender }]));
  }

  /** clientId → staff ids actively following the client (the audience of its feed items). */
  async activeFollowers(clientIds: number[]): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>();
    if (clientIds.length === 0) return result;
    const rows = await this.dataSource
      .getRepository(ClientFollow)
      .find({ select: { clientId: true, staffId: true }, where: { clientId: In([...new Set(clientIds)]), state: 'active' } });
    for (const row of rows) result.set(row.clientId, [...(result.get(row.clientId) ?? []), row.staffId]);
    return result;
  }
}
