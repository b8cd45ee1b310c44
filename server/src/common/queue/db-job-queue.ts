import { randomUUID } from 'node:crypto';
import { type DataSource, In, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { Clock } from '../clock.js';
import { logger } from '../logging/logger.js';
import { Job } from './job.entity.js';
import { backoffMs, type EnqueueOptions, type JobHandler, type JobInfo, type JobQueue } from './job-queue.js';

const POLL_MS = 250;
const BATCH = 10;

export interface DbJobQueueOptions {
  /** How long a claimed job is ours without a word from us; a dead process's jobs are picked up after this. */
  leaseMs?: number;
  /** How often a running job's lease is extended (well inside the lease, so a long job is never taken over). */
  renewEveryMs?: number;
}

/**
 * Durable queue on the `jobs` table. A job is claimed with a conditional UPDATE (only one process
 * wins), held under a lease that the worker renews while the job runs; if the process dies, the lease
 * runs out and another picks it up.
 */
export class DbJobQueue implements JobQueue {
  readonly kind = 'database' as const;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly workerId = `w-${randomUUID().slice(0, 8)}`;
  private readonly repo: Repository<Job>;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private readonly inFlight = new Set<Promise<void>>();
  private polling = false;
  private currentPoll: Promise<void> = Promise.resolve();
  private concurrency = 4;

  /** Jobs this process is running: never claimed again here, even if their lease lapsed (a stalled renewal). */
  private readonly runningJobIds = new Set<number>();
  private readonly leaseMs: number;
  private readonly renewEveryMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    options: DbJobQueueOptions = {},
  ) {
    this.repo = dataSource.getRepository(Job);
    this.leaseMs = options.leaseMs ?? 60_000;
    this.renewEveryMs = options.renewEveryMs ?? this.leaseMs / 3;
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler);
  }

  async enqueue<T>(name: string, payload: T, options: EnqueueOptions = {}): Promise<{ id: string; duplicate: boolean }> {
    if (options.idempotencyKey) {
      const existing = await this.repo.findOneBy({ idempotencyKey: options.idempotencyKey });
      if (existing) return { id: String(existing.id), duplicate: true };
    }
    const runAt = new Date(this.clock.now().getTime() + (options.delayMs ?? 0));
    try {
      const saved = await this.repo.save(this.repo.create({
        queue: 'default',
        name,
        payload,
        idempotencyKey: options.idempotencyKey ?? null,
        status: 'waiting',
        maxAttempts: options.maxAttempts ?? 5,
        runAt,
      }));
      this.kick();
      return { id: String(saved.id), duplicate: false };
    } catch (error) {
      // A concurrent enqueue with the same key won the unique index: that job is ours too.
      if (options.idempotencyKey) {
        const existing = await this.repo.findOneBy({ idempotencyKey: options.idempotencyKey });
        if (existing) return { id: String(existing.id), duplicate: true };
      }
      throw error;
    }
  }

  async get(id: string): Promise<JobInfo | null> {
    const job = await this.repo.findOneBy({ id: Number(id) });
    return job ? toInfo(job) : null;
  }

  async listDead(limit: number): Promise<JobInfo[]> {
    const jobs = await this.repo.find({ where: { status: 'dead' }, order: { id: 'DESC' }, take: limit });
    return jobs.map(toInfo);
  }

  async retry(id: string): Promise<boolean> {
    const result = await this.repo.update(
      { id: Number(id), status: In(['dead', 'failed']) },
      { status: 'waiting', attempts: 0, runAt: this.clock.now(), lastError: null },
    );
    this.kick();
    return (result.affected ?? 0) > 0;
  }

  async depth(): Promise<Record<string, number>> {
    const rows = await this.repo
      .createQueryBuilder('j')
      .select('j.name', 'name')
      .addSelect('COUNT(*)', 'count')
      .where('j.status IN (:...states)', { states: ['waiting', 'active'] })
      .groupBy('j.name')
      .getRawMany<{ name: string; count: string | number }>();
    return Object.fromEntries(rows.map((r) => [r.name, Number(r.count)]));
  }

  async ping(): Promise<boolean> {
    await this.repo.count({ where: { status: 'active' }, take: 1 });
    return true;
  }

  startWorkers(concurrency = 4): void {
    if (this.running) return;
    this.running = true;
    this.concurrency = concurrency;
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** Jobs are rows: enqueueing needs only the data source, which closes with the app. */
  close(): Promise<void> {
    return this.stopWorkers();
  }

  /** Stops claiming and waits for the jobs in flight, including one a poll was claiming as we stopped. */
  async stopWorkers(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.currentPoll;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      // Jobs scheduled for later (result polls, reminders) are not "in flight": drain ignores them.
      const pending = await this.repo
        .createQueryBuilder('j')
        .where("j.status = 'active' OR (j.status = 'waiting' AND j.run_at <= :now)", { now: this.clock.now() })
        .getCount();
      if (pending === 0 && this.inFlight.size === 0) return;
      await this.poll();
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('queue did not drain in time');
  }

  private kick(): void {
    if (this.running) setImmediate(() => void this.poll());
  }

  private poll(): Promise<void> {
    if (!this.running || this.polling) return Promise.resolve();
    this.currentPoll = this.claimAndStart();
    return this.currentPoll;
  }

  private async claimAndStart(): Promise<void> {
    this.polling = true;
    try {
      while (this.running && this.inFlight.size < this.concurrency) {
        const job = await this.claimNext();
        if (!job) break;
        const run = this.run(job).finally(() => this.inFlight.delete(run));
        this.inFlight.add(run);
      }
    } catch (error) {
      logger.error('job poll failed', { error: (error as Error).message });
    } finally {
      this.polling = false;
    }
  }

  private async claimNext(): Promise<Job | null> {
    const now = this.clock.now();
    const candidates = await this.repo
      .createQueryBuilder('j')
      .where("((j.status = 'waiting' AND j.run_at <= :now) OR (j.status = 'active' AND j.locked_until < :now))", { now })
      .andWhere('j.name IN (:...names)', { names: [...this.handlers.keys(), '__none__'] })
      .orderBy('j.run_at', 'ASC')
      .take(BATCH)
      .getMany();
    for (const candidate of candidates) {
      if (this.runningJobIds.has(candidate.id)) continue;
      const claimed = await this.repo
        .createQueryBuilder()
        .update(Job)
        .set({ status: 'active', lockedBy: this.workerId, lockedUntil: new Date(now.getTime() + this.leaseMs), attempts: () => 'attempts + 1' })
        .where('id = :id', { id: candidate.id })
        .andWhere("((status = 'waiting' AND run_at <= :now) OR (status = 'active' AND locked_until < :now))", { now })
        .execute();
      if ((claimed.affected ?? 0) === 1) return this.repo.findOneBy({ id: candidate.id });
    }
    return null;
  }

  private async run(job: Job): Promise<void> {
    const handler = this.handlers.get(job.name);
    if (!handler) return;
    // A job may run for minutes (a full recompute): keep the lease ahead of it, or another worker would start it again.
    const renewal = setInterval(() => void this.renewLease(job.id), this.renewEveryMs);
    this.runningJobIds.add(job.id);
    try {
      const result = await handler(job.payload, { jobId: String(job.id), attempt: job.attempts });
      const done: Partial<Job> = { status: 'completed', result: result ?? null, completedAt: this.clock.now(), lockedBy: null, lockedUntil: null };
      await this.repo.update({ id: job.id, lockedBy: this.workerId }, done as QueryDeepPartialEntity<Job>);
    } catch (error) {
      await this.recordFailure(job, error);
    } finally {
      clearInterval(renewal);
      this.runningJobIds.delete(job.id);
    }
  }

  /** Schedules the retry (or the dead letter). If even that cannot be written, the lease runs out and the job is retried. */
  private async recordFailure(job: Job, error: unknown): Promise<void> {
    const message = (error as Error).message ?? String(error);
    const dead = job.attempts >= job.maxAttempts;
    logger.warn('job failed', { jobId: job.id, name: job.name, attempt: job.attempts, dead, error: message });
    try {
      await this.repo.update(
        { id: job.id, lockedBy: this.workerId },
        {
          status: dead ? 'dead' : 'waiting',
          lastError: message.slice(0, 2000),
          runAt: new Date(this.clock.now().getTime() + backoffMs(job.attempts)),
          lockedBy: null,
          lockedUntil: null,
        },
      );
    } catch (writeError) {
      logger.error('job failure could not be recorded; its lease will expire and it will run again', { jobId: job.id, error: (writeError as Error).message });
    }
  }

  private async renewLease(jobId: Job['id']): Promise<void> {
    try {
      await this.repo.update({ id: jobId, lockedBy: this.workerId, status: 'active' }, { lockedUntil: new Date(this.clock.now().getTime() + this.leaseMs) });
    } catch (error) {
      logger.warn('job lease renewal failed', { jobId, error: (error as Error).message });
    }
  }
}

function toInfo(job: Job): JobInfo {
  return {
    id: String(job.id),
    name: job.name,
    state: job.status,
    attempts: job.attempts,
    payload: job.payload,
    result: job.result ?? undefined,
    error: job.lastError ?? undefined,
    createdAt: job.createdAt,
    completedAt: job.completedAt ?? undefined,
  };
}
