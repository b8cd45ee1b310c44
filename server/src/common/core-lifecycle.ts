import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { JOB_QUEUE, type JobQueue } from './queue/job-queue.js';

export const REDIS = Symbol('REDIS');

/** Graceful shutdown: stop taking jobs and finish the ones in flight, then close Redis. */
@Injectable()
export class CoreLifecycle implements BeforeApplicationShutdown, OnApplicationShutdown {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
