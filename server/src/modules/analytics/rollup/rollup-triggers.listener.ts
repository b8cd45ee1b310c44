import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { logger } from '../../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { CLIENT_ACTIVITY } from '../../ingest/client-activity.js';
import { SEND_RECORDED } from '../../outreach/sends/send-events.js';
import { LINK_ENGAGED, LINK_OPENED } from '../../tracking/tracking.events.js';
import { CLIENT_FOLLOWED, CLIENT_UNFOLLOWED } from '../../../wecom/callback/contact-change.handler.js';
import { dayKeyOf } from '../metrics/days.js';
import { ANALYTICS_ROLLUP_JOB, type RollupPayload } from './rollup.service.js';

/** At most one incremental rollup of today per minute, however busy the day. */
export const ROLLUP_THROTTLE_MS = 60_000;

/**
 * Keeps today's rollup fresh: the first domain event of each minute enqueues a rollup of today (the
 * job key makes it one job cluster-wide); later events in the same minute ride on it, and the periodic
 * rollup (analytics-scheduler.ts) picks up whatever landed after it ran. No delayed jobs: a queue
 * drain must never wait on analytics.
 */
@Injectable()
export class RollupTriggersListener {
  private lastSlotKey: string | null = null;

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @OnEvent(SEND_RECORDED)
  @OnEvent(LINK_OPENED)
  @OnEvent(LINK_ENGAGED)
  @OnEvent(CLIENT_ACTIVITY)
  @OnEvent(CLIENT_FOLLOWED)
  @OnEvent(CLIENT_UNFOLLOWED)
  onActivity(): Promise<void> {
    return this.scheduleToday();
  }

  async scheduleToday(): Promise<void> {
    const now = this.clock.now();
    const day = dayKeyOf(now);
    const key = `${ANALYTICS_ROLLUP_JOB}:${day}:${Math.floor(now.getTime() / ROLLUP_THROTTLE_MS)}`;
    if (key === this.lastSlotKey) return;
    this.lastSlotKey = key;
    try {
      await this.queue.enqueue<RollupPayload>(ANALYTICS_ROLLUP_JOB, { from: day, to: day }, { idempotencyKey: key });
    } catch (error) {
      logger.error('analytics rollup enqueue failed', { error: (error as Error).message });
    }
  }
}
