import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { BufferedWork } from '../../../common/buffering/buffered-work.js';
import { DebouncedBatch } from '../../../common/buffering/debounced-batch.js';
import { logger } from '../../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from '../../ingest/client-activity.js';
import { BATCH_SIZE, RECOMPUTE_CLIENTS_JOB, type RecomputeClientsPayload } from './portrait-recompute.service.js';

/**
 * Incremental portraits: ingestion, imports and landing-page reading (tracking) emit `client.activity` for clients
 * whose behaviour changed. Activity arrives in bursts (an ingest batch, a landing page's heartbeats), so ids are
 * collected for a short window and flushed as one job per window. The idempotency key (window start + hash of the ids)
 * makes a re-flush of the same window a no-op, and the recompute lands within seconds of the event.
 */
export const ACTIVITY_DEBOUNCE_MS = 2000;

@Injectable()
export class ClientActivityListener {
  private readonly batch = new DebouncedBatch<number>(ACTIVITY_DEBOUNCE_MS, (ids) => this.enqueue(ids), (error, size) =>
    logger.error('portrait recompute enqueue failed', { error: (error as Error).message, clients: size }),
  );

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
    buffered: BufferedWork,
  ) {
    buffered.register(this.batch);
  }

  @OnEvent(CLIENT_ACTIVITY)
  onActivity(event: ClientActivityEvent): void {
    for (const id of event.clientIds ?? []) if (Number.isInteger(id) && id > 0) this.batch.add(String(id), id);
  }

  /** Enqueues what is pending now (tests; on shutdown BufferedWork settles every buffer). */
  flush(): Promise<void> {
    return this.batch.flush();
  }

  private async enqueue(unordered: number[]): Promise<void> {
    const ids = [...unordered].sort((a, b) => a - b);
    const window = Math.floor(this.clock.now().getTime() / ACTIVITY_DEBOUNCE_MS);
    for (let i = 0; i < ids.length; i += BATCH_SIZE) {
      const clientIds = ids.slice(i, i + BATCH_SIZE);
      const digest = createHash('sha1').update(clientIds.join(',')).digest('hex').slice(0, 16);
      const payload: RecomputeClientsPayload = { clientIds };
      await this.queue.enqueue(RECOMPUTE_CLIENTS_JOB, payload, { idempotencyKey: `portrait-clients:${window}:${digest}` });
    }
  }
}
