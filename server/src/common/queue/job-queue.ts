/**
 * The queue every feature uses for background work. Two implementations share this contract and the
 * same test suite: BullMQ on Redis (REDIS_URL set) and a durable job table in the database (default).
 */
export interface EnqueueOptions {
  /** Same key → the same job (enqueueing twice is a no-op that returns the existing job). */
  idempotencyKey?: string;
  delayMs?: number;
  maxAttempts?: number;
}

export type JobState = 'waiting' | 'active' | 'completed' | 'failed' | 'dead';

export interface JobInfo {
  id: string;
  name: string;
  state: JobState;
  attempts: number;
  payload: unknown;
  result?: unknown;
  error?: string;
  createdAt: Date;
  completedAt?: Date;
}

export interface JobContext {
  jobId: string;
  attempt: number;
}

export type JobHandler<T = unknown> = (payload: T, ctx: JobContext) => Promise<unknown>;

export interface JobQueue {
  readonly kind: 'database' | 'redis';
  enqueue<T>(name: string, payload: T, options?: EnqueueOptions): Promise<{ id: string; duplicate: boolean }>;
  register<T>(name: string, handler: JobHandler<T>): void;
  get(id: string): Promise<JobInfo | null>;
  listDead(limit: number): Promise<JobInfo[]>;
  retry(id: string): Promise<boolean>;
  /** Jobs waiting or active, per job name (for /metrics and the admin's jobs page). */
  depth(): Promise<Record<string, number>>;
  ping(): Promise<boolean>;
  /** Start consuming (workers). API-only processes enqueue without consuming. */
  startWorkers(): void;
  /** Stop taking jobs and wait for the ones in flight; jobs can still be enqueued. */
  stopWorkers(): Promise<void>;
  /** Stop the workers as above, then the enqueueing side. */
  close(): Promise<void>;
  /** Resolves when nothing is waiting or active (tests and the demo seed). */
  drain(timeoutMs?: number): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');

/** Exponential back-off with a cap: 1 s, 2 s, 4 s … 5 min. */
export function backoffMs(attempt: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempt - 1));
}
