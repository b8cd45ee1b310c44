import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { CLOCK, type Clock } from '../../common/clock.js';
import { Metrics } from '../../observability/metrics.js';
import { type EventToStore, BehaviourEventStore } from './behaviour-event.store.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from './client-activity.js';
import { DistinctIdMapping } from './distinct-id-mapping.js';
import type { IngestItemResultDto, IngestResultDto } from './ingest.dto.js';
import { batchItems, parseTrack } from './sensors-track.js';

/**
 * Accepts a 神策 track batch: validates each item, stores the valid ones once (idempotent on event id) and
 * answers per item only after the batch is committed, so an acknowledged event is never lost.
 */
@Injectable()
export class IngestService {
  constructor(
    private readonly store: BehaviourEventStore,
    private readonly mapping: DistinctIdMapping,
    private readonly metrics: Metrics,
    private readonly events: EventEmitter2,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async ingest(body: unknown): Promise<IngestResultDto> {
    const items = batchItems(body);
    const receivedAt = this.clock.now();
    const results: IngestItemResultDto[] = [];
    const toStore: (EventToStore & { index: number })[] = [];
    const seenInBatch = new Set<string>();
    items.forEach((item, index) => {
      const parsed = parseTrack(item, receivedAt.getTime());
      if (!parsed.ok) {
        results[index] = { index, status: 'rejected', code: 'VALIDATION_FAILED', message: parsed.message };
      } else if (seenInBatch.has(parsed.event.eventId)) {
        results[index] = { index, status: 'duplicate' };
      } else {
        seenInBatch.add(parsed.event.eventId);
        toStore.push({ index, event: parsed.event, key: this.mapping.storedKey(parsed.event.distinctId) });
      }
    });

    const { stored, clientIdByKey } = await this.store.store(toStore, receivedAt);
    const activity = { clientIds: new Set<number>(), kinds: new Set<string>() };
    for (const { index, event, key } of toStore) {
      const isNew = stored.has(event.eventId);
      results[index] = { index, status: isNew ? 'stored' : 'duplicate' };
      const clientId = clientIdByKey.get(key);
      if (isNew && clientId !== undefined) {
        activity.clientIds.add(clientId);
        activity.kinds.add(event.name);
      }
    }

    const count = (status: IngestItemResultDto['status']) => results.filter((r) => r.status === status).length;
    const summary: IngestResultDto = { accepted: count('stored'), duplicates: count('duplicate'), rejected: count('rejected'), items: results };
    this.countOutcomes(summary);
    if (activity.clientIds.size > 0) {
      const event: ClientActivityEvent = { clientIds: [...activity.clientIds], kinds: [...activity.kinds] };
      this.events.emit(CLIENT_ACTIVITY, event);
    }
    return summary;
  }

  private countOutcomes(summary: IngestResultDto): void {
    if (summary.accepted) this.metrics.ingestEvents.inc({ outcome: 'stored' }, summary.accepted);
    if (summary.duplicates) this.metrics.ingestEvents.inc({ outcome: 'duplicate' }, summary.duplicates);
    if (summary.rejected) this.metrics.ingestEvents.inc({ outcome: 'rejected' }, summary.rejected);
  }
}
