import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { upsertRows } from '../../../database/upsert.js';
import { ClientTagHistory } from '../entities/client-tag-history.entity.js';
import { ClientTag } from '../entities/client-tag.entity.js';
import { coalescedRead, inKeys } from '../../../database/coalesced-read.js';
import { bool, epochMs, num } from '../../../database/sql-values.js';
import type { TagRow } from './effective-tags.js';

export interface TagHistoryRow {
  tagKey: string;
  action: 'add' | 'remove';
  source: string;
  actorId: number | null;
  actorName: string | null;
  reason: string | null;
  createdAt: Date;
}

const HISTORY_LIMIT = 200;

/** Every profile view reads its client's tags: views that start together share one statement. */
const tagsOfClients = coalescedRead<Record<string, unknown>>({
  sql: (count) => `SELECT client_id, tag_key, layer, label_zh, source, score, active FROM client_tags WHERE ${inKeys('client_id', count)}`,
  keyOf: (row) => num(row.client_id),
});

@Injectable()
export class TagsRepository {
  constructor(@InjectRepository(ClientTag) private readonly tags: Repository<ClientTag>) {}

  /** Every tag row of a client, computed and manual, active or not: one indexed read (client_id leads the unique key). */
  async rowsForClient(clientId: number): Promise<TagRow[]> {
    const rows = await tagsOfClients(this.tags.manager, clientId);
    return rows.map((r) => ({
      tagKey: String(r.tag_key),
      layer: r.layer as TagRow['layer'],
      labelZh: String(r.label_zh),
      source: r.source as TagRow['source'],
      score: r.score === null || r.score === undefined ? null : num(r.score),
      active: bool(r.active),
    }));
  }

  findManual(clientId: number, tagKey: string): Promise<ClientTag | null> {
    return this.tags.findOneBy({ clientId, tagKey, source: 'manual' });
  }

  /** Sets the advisor's decision on a key and appends it to the history, atomically. */
  async saveManualDecision(row: Omit<ClientTag, 'id' | 'createdAt'>, history: Omit<ClientTagHistory, 'id' | 'createdAt'>): Promise<void> {
    await this.tags.manager.transaction(async (m: EntityManager) => {
      await upsertRows(m.getRepository(ClientTag), [row], ['client_id', 'tag_key', 'source'], ['layer', 'label_zh', 'active', 'reason', 'created_by', 'updated_at']);
      await m.getRepository(ClientTagHistory).insert(history);
    });
  }

  async history(clientId: number): Promise<TagHistoryRow[]> {
    const rows = await this.tags.manager
      .createQueryBuilder()
      .select(['h.tag_key AS tag_key', 'h.action AS action', 'h.source AS source', 'h.actor_id AS actor_id', 's.name AS actor_name', 'h.reason AS reason', 'h.created_at AS created_at'])
      .from(ClientTagHistory, 'h')
      .leftJoin('staff', 's', 's.id = h.actor_id')
      .where('h.client_id = :clientId', { clientId })
      .orderBy('h.id', 'DESC')
      .limit(HISTORY_LIMIT)
      .getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      tagKey: String(r.tag_key),
      action: r.action === 'remove' ? 'remove' : 'add',
      source: String(r.source),
      actorId: r.actor_id === null ? null : num(r.actor_id),
      actorName: r.actor_name === null || r.actor_name === undefined ? null : String(r.actor_name),
      reason: r.reason === null || r.reason === undefined ? null : String(r.reason),
      createdAt: new Date(epochMs(r.created_at)),
    }));
  }
}
