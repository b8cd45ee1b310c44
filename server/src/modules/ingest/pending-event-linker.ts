import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { logger } from '../../common/logging/logger.js';
import { CLIENT_FOLLOWED, type FollowChangedEvent } from '../../wecom/callback/contact-change.handler.js';
import { BehaviourEvent } from './behaviour-event.entity.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from './client-activity.js';
import { DistinctIdMapping } from './distinct-id-mapping.js';

const CHUNK = 500;

/**
 * Events that arrived before their client was known are kept with client_id NULL. When clients appear
 * (import, WeCom add), their pending events are attached with one UPDATE per chunk of clients.
 */
@Injectable()
export class PendingEventLinker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mapping: DistinctIdMapping,
    private readonly events: EventEmitter2,
  ) {}

  /** Links pending events of these clients; returns how many events were linked. */
  async linkClients(clientIds: number[]): Promise<number> {
    let linked = 0;
    for (let i = 0; i < clientIds.length; i += CHUNK) linked += await this.linkChunk(clientIds.slice(i, i + CHUNK));
    return linked;
  }

  /** A client added on WeCom may be the one behind pending unionid / external_userid events. */
  @OnEvent(CLIENT_FOLLOWED, { async: true, promisify: true })
  async onClientFollowed(event: FollowChangedEvent): Promise<void> {
    try {
      await this.linkClients([event.clientId]);
    } catch (error) {
      logger.error('linking pending events failed', { clientId: event.clientId, error: String(error) });
    }
  }

  private async linkChunk(clientIds: number[]): Promise<number> {
    const column = this.mapping.clientColumn;
    // Which of these clients have pending events, and of which kinds: usually none, which saves the UPDATE.
    const pending = await this.dataSource
      .createQueryBuilder()
      .select('c.id', 'clientId')
      .addSelect(`c.${column}`, 'k')
      .addSelect('e.name', 'name')
      .from('clients', 'c')
      .innerJoin('behaviour_events', 'e', `e.distinct_id = c.${column} AND e.client_id IS NULL`)
      .where('c.id IN (:...clientIds)', { clientIds })
      .distinct(true)
      .getRawMany<{ clientId: number | string; k: string; name: string }>();
    if (pending.length === 0) return 0;
    const keys = [...new Set(pending.map((p) => p.k))];
    const result = await this.dataSource
      .createQueryBuilder()
      .update(BehaviourEvent)
      .set({ clientId: () => `(SELECT MIN(c.id) FROM clients c WHERE c.${column} = behaviour_events.distinct_id)` })
      .where('client_id IS NULL')
      .andWhere('distinct_id IN (:...keys)', { keys })
      .execute();
    const event: ClientActivityEvent = {
      clientIds: [...new Set(pending.map((p) => Number(p.clientId)))],
      kinds: [...new Set(pending.map((p) => p.name))],
    };
    this.events.emit(CLIENT_ACTIVITY, event);
    return result.affected ?? 0;
  }
}
