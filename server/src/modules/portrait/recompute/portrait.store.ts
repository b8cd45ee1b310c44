import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Cell, insertRows } from '../../../database/raw-insert.js';
import type { ClientPortrait } from '../entities/client-portrait.entity.js';
import { upsertRows } from '../../../database/upsert.js';
import { ClientTagHistory } from '../entities/client-tag-history.entity.js';
import { ClientTag } from '../entities/client-tag.entity.js';
import { PortraitSnapshot } from '../entities/portrait-snapshot.entity.js';
import { type ClientSet, clientSetFilter } from '../loading/client-set.js';
import { bool, num } from '../../../database/sql-values.js';
import type { ComputedTag } from './computed-tags.js';
import type { StoredPortraitRows } from './portrait-row.js';

/** The stored portrait row (entities/client-portrait.entity.ts), key first. */
export const PORTRAIT_COLUMNS = [
  'client_id', 'rule_version', 'top_archetype', 'archetype_weights', 'trait_scores', 'anxiety',
  'framing', 'format', 'lifecycle', 'value_group', 'summary_zh', 'computed_at',
] as const;
/** Its view (entities/client-portrait-view.entity.ts). */
export const VIEW_COLUMNS = ['client_id', 'portrait'] as const;

/** Multi-row statements stay well under MySQL's max_allowed_packet (a stored view is ~4 KB). */
const VIEW_CHUNK = 200;
const ROW_CHUNK = 1000;

export interface ComputedClient extends StoredPortraitRows {
  tags: ComputedTag[];
  /** Set when this month has no snapshot yet for the client. */
  snapshotMonth: string | null;
}

interface ExistingTag {
  id: number;
  clientId: number;
  tagKey: string;
  score: number | null;
  active: boolean;
}

/** A portrait row's values in PORTRAIT_COLUMNS order. */
export function portraitCells(r: ClientPortrait): Cell[] {
  return [
    r.clientId, r.ruleVersion, r.topArchetype, JSON.stringify(r.archetypeWeights), JSON.stringify(r.traitScores), r.anxiety,
    r.framing, r.format, r.lifecycle, r.valueGroup, r.summaryZh, r.computedAt,
  ];
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes a batch of computed portraits set-based: multi-row upserts of client_portraits and then of their views (a
 * view is only read with its row, so a row without a view reads as not yet computed), INSERT-IGNORE of the
 * month's first snapshots, and only the computed-tag rows that changed (with history for additions and removals).
 */
@Injectable()
export class PortraitStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async write(set: ClientSet, computed: readonly ComputedClient[], now: Date): Promise<void> {
    if (computed.length === 0) return;
    const rows = computed.map(({ row }) => portraitCells(row));
    await insertRows(this.dataSource, 'client_portraits', PORTRAIT_COLUMNS, rows, ROW_CHUNK, { conflict: ['client_id'], update: PORTRAIT_COLUMNS.slice(1), prepared: true });
    const views = computed.map(({ row, view }) => [row.clientId, view]);
    await insertRows(this.dataSource, 'client_portrait_views', VIEW_COLUMNS, views, VIEW_CHUNK, { conflict: ['client_id'], update: ['portrait'], prepared: true });
    await this.writeSnapshots(computed);
    await this.writeComputedTags(set, computed, now);
  }

  private async writeSnapshots(computed: readonly ComputedClient[]): Promise<void> {
    const rows = computed
      .filter((c) => c.snapshotMonth !== null)
      .map((c) => ({ clientId: c.row.clientId, month: c.snapshotMonth!, archetypeWeights: c.row.archetypeWeights, topArchetype: c.row.topArchetype }));
    for (const part of chunks(rows, ROW_CHUNK)) {
      await this.dataSource.createQueryBuilder().insert().into(PortraitSnapshot).values(part).orIgnore().updateEntity(false).execute();
    }
  }

  private async writeComputedTags(set: ClientSet, computed: readonly ComputedClient[], now: Date): Promise<void> {
    const existing = await this.existingComputedTags(set);
    const byClient = new Map<number, Map<string, ExistingTag>>();
    for (const t of existing) {
      const tags = byClient.get(t.clientId) ?? new Map<string, ExistingTag>();
      tags.set(t.tagKey, t);
      byClient.set(t.clientId, tags);
    }
    const upserts: Partial<ClientTag>[] = [];
    const deactivate: number[] = [];
    const history: Partial<ClientTagHistory>[] = [];
    for (const c of computed) {
      const clientId = c.row.clientId;
      const before = byClient.get(clientId);
      // A client's first computation sets its initial tags; only later transitions are changes worth a history row.
      const firstTime = before === undefined;
      const wanted = new Set<string>();
      for (const tag of c.tags) {
        wanted.add(tag.tagKey);
        const old = before?.get(tag.tagKey);
        if (old && old.active && old.score === tag.score) continue;
        upserts.push({ clientId, tagKey: tag.tagKey, layer: tag.layer, labelZh: tag.labelZh, source: 'computed', score: tag.score, active: true, updatedAt: now });
        if (!firstTime && !old?.active) history.push({ clientId, tagKey: tag.tagKey, action: 'add', source: 'computed', actorId: null, reason: null });
      }
      for (const old of before?.values() ?? []) {
        if (!old.active || wanted.has(old.tagKey)) continue;
        deactivate.push(old.id);
        history.push({ clientId, tagKey: old.tagKey, action: 'remove', source: 'computed', actorId: null, reason: null });
      }
    }
    const tagRepo = this.dataSource.getRepository(ClientTag);
    for (const part of chunks(upserts, ROW_CHUNK)) await upsertRows(tagRepo, part, ['client_id', 'tag_key', 'source'], ['layer', 'label_zh', 'score', 'active', 'updated_at']);
    for (const part of chunks(deactivate, ROW_CHUNK)) {
      await tagRepo.createQueryBuilder().update(ClientTag).set({ active: false, updatedAt: now }).where('id IN (:...ids)', { ids: part }).execute();
    }
    for (const part of chunks(history, ROW_CHUNK)) {
      await this.dataSource.createQueryBuilder().insert().into(ClientTagHistory).values(part).updateEntity(false).execute();
    }
  }

  private async existingComputedTags(set: ClientSet): Promise<ExistingTag[]> {
    const qb = this.dataSource
      .createQueryBuilder()
      .select(['t.id AS id', 't.client_id AS client_id', 't.tag_key AS tag_key', 't.score AS score', 't.active AS active'])
      .from('client_tags', 't');
    clientSetFilter(qb, 't.client_id', set).andWhere("t.source = 'computed'");
    const rows = await qb.getRawMany<Record<string, unknown>>();
    return rows.map((r) => ({
      id: num(r.id),
      clientId: num(r.client_id),
      tagKey: String(r.tag_key),
      score: r.score === null ? null : num(r.score),
      active: bool(r.active),
    }));
  }
}
