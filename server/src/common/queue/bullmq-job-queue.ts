import { type Job as BullJob, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { logger } from '../logging/logger.js';
import { backoffMs, type EnqueueOptions, type JobHandler, type JobInfo, type JobQueue, type JobState } from './job-queue.js';

const QUEUE_NAME = 'valuelens';

/**
 * BullMQ on Redis: many API and worker instances share one queue. The idempotency key becomes the
 * BullMQ job id, so a second enqueue with the same key returns the existing job instead of a copy.
 */
export class BullmqJobQueue implements JobQueue {
  readonly kind = 'redis' as const;
  private readonly queue: Queue;
  private readonly handlers = new Map<string, JobHandler>();
  private worker: Worker | null = null;
  private workerConnection: Redis | null = null;

  constructor(
    private readonly connection: Redis,
    private readonly prefix = 'vl',
  ) {
    this.queue = new Queue(QUEUE_NAME, { connection, prefix });
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler);
  }

  async enqueue<T>(name: string, payload: T, options: EnqueueOptions = {}): Promise<{ id: string; duplicate: boolean }> {
    const jobId = options.idempotencyKey ? safeJobId(options.idempotencyKey) : undefined;
    if (jobId) {
      const existing = await this.queue.getJob(jobId);
      if (existing) return { id: jobId, duplicate: true };
    }
    const job = await this.queue.add(name, payload, {
      jobId,
      delay: options.delayMs,
      attempts: options.maxAttempts ?? 5,
      backoff: { type: 'custom' },
      removeOnComplete: { age: 7 * 86400, count: 100_000 },
      removeOnFail: false,
    });
    return { id: job.id!, duplicate: false };
  }

  async get(id: string): Promise<JobInfo | null> {
    const job = await this.queue.getJob(id);
    return job ? toInfo(job, await job.getState()) : null;
  }

  async listDead(limit: number): Promise<JobInfo[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.map((job) => toInfo(job, 'failed'));
  }

  async retry(id: string): Promise<boolean> {
    const job = await this.queue.getJob(id);
    if (!job || (await job.getState()) !== 'failed') return false;
    await job.retry('failed');
    return true;
  }

  async depth(): Promise<Record<string, number>> {
    const jobs = await this.queue.getJobs(['waiting', 'active', 'delayed', 'prioritized'], 0, 10_000);
    const counts: Record<string, number> = {};
    for (const job of jobs) counts[job.name] = (counts[job.name] ?? 0) + 1;
    return counts;
  }

  async ping(): Promise<boolean> {
    return (await this.connection.ping()) === 'PONG';
  }

  startWorkers(concurrency = 4): void {
    if (this.worker) return;
    this.worker = new Worker(
      QUEUE_NAME,
      async (job) => {
        const handler = this.handlers.get(job.name);
        if (!handler) throw new Error(`no handler for job ${job.name}`);
        return handler(job.data, { jobId: job.id!, attempt: job.attemptsMade + 1 });
      },
      {
        connection: (this.workerConnection = this.connection.duplicate({ maxRetriesPerRequest: null })),
        prefix: this.prefix,
        concurrency,
        settings: { backoffStrategy: (attemptsMade: number) => backoffMs(attemptsMade) },
      },
    );
    this.worker.on('failed', (job, error) =>
      logger.warn('job failed', { jobId: job?.id, name: job?.name, attempt: job?.attemptsMade, error: error.message }),
    );
  }

  async stopWorkers(): Promise<void> {
    await this.worker?.close();
    await this.workerConnection?.quit().catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.stopWorkers();
    await this.queue.close();
  }

  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      // Jobs scheduled for later (result polls, reminders) are not "in flight": drain ignores them.
      const counts = await this.queue.getJobCounts('waiting', 'active', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('queue did not drain in time');
  }
}

/** BullMQ job ids may not contain ':' (its key separator). */
function safeJobId(key: string): string {
  return key.replace(/:/g, '_');
}

function mapState(state: string, job: BullJob): JobState {
  if (state === 'completed') return 'completed';
  if (state === 'failed') return job.attemptsMade >= (job.opts.attempts ?? 1) ? 'dead' : 'failed';
  if (state === 'active') return 'active';
  return 'waiting';
}

function toInfo(job: BullJob, state: string): JobInfo {
  return {
    id: job.id!,
    name: job.name,
    state: mapState(state, job),
    attempts: job.attemptsMade,
    payload: job.data,
    result: job.returnvalue ?? undefined,
    error: job.failedReason || undefined,
    createdAt: new Date(job.timestamp),
    completedAt: job.finishedOn ? new Date(job.finishedOn) : undefined,
  };
}
