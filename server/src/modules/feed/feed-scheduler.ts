import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CLOCK, type Clock } from '../../common/clock.js';
import { logger } from '../../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../../common/queue/job-queue.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { formatShanghaiDate, shanghaiParts } from '../compliance/rules/shanghai-time.js';
import { ALERT_SWEEP_JOB } from './alerts/alert-sweep.service.js';
import { FOLLOW_UP_REMINDERS_JOB } from './notes/follow-up-reminders.js';

const TICK_MS = 10 * 60_000;
const FIRST_TICK_MS = 30_000;
/** Messages go out in working hours only (08:00–20:59 Asia/Shanghai). */

/**
 * Starts the periodic jobs within ALERT_SWEEP_HOURS (Shanghai): the alert sweep once a day, due follow-up reminders
 * once an hour. Every instance ticks; the idempotency keys (day / hour) make exactly one job per period run
 * cluster-wide.
 * Not started in tests, which run the sweeps directly.
 */
@Injectable()
export class FeedScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    const first = setTimeout(() => void this.tick(), FIRST_TICK_MS);
    const every = setInterval(() => void this.tick(), TICK_MS);
    first.unref();
    every.unref();
    this.timers = [first, every];
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  async tick(): Promise<void> {
    const now = this.clock.now();
    const hour = Math.floor(shanghaiParts(now).minuteOfDay / 60);
    const { first, last } = this.config.alertSweepHours;
    if (hour < first || hour > last) return;
    const day = formatShanghaiDate(now);
    try {
      await this.queue.enqueue(ALERT_SWEEP_JOB, {}, { idempotencyKey: `alerts-sweep:${day}` });
      await this.queue.enqueue(FOLLOW_UP_REMINDERS_JOB, {}, { idempotencyKey: `follow-up-reminders:${day}:${hour}` });
    } catch (error) {
      logger.error('feed scheduler tick failed', { error: (error as Error).message });
    }
  }
}
