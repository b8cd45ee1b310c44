import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { placeholders } from '../../database/placeholders.js';
import { BehaviourEvent } from './behaviour-event.entity.js';
import { DistinctIdMapping } from './distinct-id-mapping.js';
import { insertRows } from './multi-row-insert.js';
import type { TrackEvent } from './sensors-track.js';

export interface EventToStore {
  event: TrackEvent;
  /** behaviour_events.distinct_id (the blind index for customer numbers). */
  key: string;
}

export interface StoreOutcome {
  /** Event ids written by this call. */
  stored: Set<string>;
  /** Client id per stored key, for the keys that matched a client. */
  clientIdByKey: Map<string, number>;
}

/**
 * Set-based writes for ingestion: per batch one query resolves every distinct id to a client, one finds
 * already-stored event ids, and one multi-row INSERT … IGNORE writes the rest — never a query per event.
 */
@Injectable()
export class BehaviourEventStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mapping: DistinctIdMapping,
  ) {}

  async store(batch: EventToStore[], receivedAt: Date): Promise<StoreOutcome> {
    if (batch.length === 0) return { stored: new Set(), clientIdByKey: new Map() };
    const clientIdByKey = await this.resolveClients([...new Set(batch.map((b) => b.key))]);
    const stored = await this.dataSource.transaction(async (manager) => {
      const existing = await this.existingEventIds(manager, batch.map((b) => b.event.eventId));
      const fresh = batch.filter((b) => !existing.has(b.event.eventId));
      if (fresh.length === 0) return new Set<string>();
      // simple-json columns take any JSON value; TypeORM's deep-partial type cannot express an open record.
      const rows: QueryDeepPartialEntity<BehaviourEvent>[] = fresh.map((b) => ({
        eventId: b.event.eventId,
        clientId: clientIdByKey.get(b.key) ?? null,
        distinctId: b.key,
        name: b.event.name,
        time: b.event.time,
        properties: b.event.properties,
        receivedAt,
      })) as QueryDeepPartialEntity<BehaviourEvent>[];
      const written = await insertRows(manager, BehaviourEvent, rows, { ignoreDuplicates: true });
      const ids = fresh.map((b) => b.event.eventId);
      // A concurrent request may have stored some of these between our check and insert: those rows were
      // ignored, so tell them apart by the received_at this call wrote (only on that rare mismatch).
      return written === fresh.length ? new Set(ids) : this.writtenAt(manager, ids, receivedAt);
    });
    return { stored, clientIdByKey };
  }

  /** One round trip: distinct ids (as stored) → client ids. */
  async resolveClients(keys: string[]): Promise<Map<string, number>> {
    if (keys.length === 0) return new Map();
    // Plain SQL: the query builder's parameter bookkeeping is quadratic in the IN-list length.
    const column = this.mapping.clientColumn;
    const rows = await this.dataSource.query<{ id: number | string; k: string }[]>(
      `SELECT id, ${column} AS k FROM clients WHERE ${column} IN (${placeholders(keys.length)}) ORDER BY id`,
      keys,
    );
    const byKey = new Map<string, number>();
    for (const row of rows) if (!byKey.has(row.k)) byKey.set(row.k, Number(row.id));
    return byKey;
  }

  private async existingEventIds(manager: EntityManager, eventIds: string[]): Promise<Set<string>> {
    const rows = await manager.query<{ event_id: string }[]>(`SELECT event_id FROM behaviour_events WHERE event_id IN (${placeholders(eventIds.length)})`, eventIds);
    return new Set(rows.map((r) => r.event_id));
  }

  private async writtenAt(manager: EntityManager, eventIds: string[], receivedAt: Date): Promise<Set<string>> {
    const rows = await manager.find(BehaviourEvent, { select: { eventId: true, receivedAt: true }, where: { eventId: In(eventIds) } });
    return new Set(rows.filter((r) => r.receivedAt.getTime() === receivedAt.getTime()).map((r) => r.eventId));
  }
}
