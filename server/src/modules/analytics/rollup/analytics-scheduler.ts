import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { logger } from '../../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { addDays, dayKeyOf } from '../metrics/days.js';
import { ANALYTICS_ROLLUP_JOB, type RollupPayload } from './rollup.service.js';

const TICK_MS = 10 * 60_000;
/**
 * How far back the hourly rollup reaches: late facts land on past days — WeCom confirms mass-send tasks
 * for up to three days, alerts are handled days after they were raised, purchases convert opens of the
 * previous 7 days, and reading time keeps accruing on yesterday's views.
 */
export const RECENT_DAYS = 7;

/**
 * Periodic rollups: today every 10 minutes (whatever the event-driven rollup missed), the last
 * RECENT_DAYS days once an hour. Every instance ticks; the job keys make one job per period cluster-wide.
 * Not started in tests, which enqueue rollups explicitly.
 */
@Injectable()
export class AnalyticsScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async tick(): Promise<void> {
    const now = this.clock.now();
    const today = dayKeyOf(now);
    const slot = Math.floor(now.getTime() / TICK_MS);
    const hour = Math.floor(now.getTime() / 3_600_000);
    try {
      await this.queue.enqueue<RollupPayload>(ANALYTICS_ROLLUP_JOB, { from: today, to: today }, { idempotencyKey: `${ANALYTICS_ROLLUP_JOB}:tick:${slot}` });
      await this.queue.enqueue<RollupPayload>(
        ANALYTICS_ROLLUP_JOB,
        { from: addDays(today, -RECENT_DAYS), to: today },
        { idempotencyKey: `${ANALYTICS_ROLLUP_JOB}:recent:${hour}` },
      );
    } catch (error) {
      logger.error('analytics scheduler tick failed', { error: (error as Error).message });
    }
  }
}
