import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ManualClock } from '../src/common/clock.js';
import { BullmqJobQueue } from '../src/common/queue/bullmq-job-queue.js';
import { DbJobQueue } from '../src/common/queue/db-job-queue.js';
import type { JobQueue } from '../src/common/queue/job-queue.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { createTestDatabase, type TestDatabase, useMigratedDatabase } from './support/test-database.js';

/** Both queue modes must behave the same: the database job table and BullMQ on Redis (when REDIS_URL is set). */
const MODES: ('database' | 'redis')[] = process.env.REDIS_URL ? ['database', 'redis'] : ['database'];

describe.each(MODES)('job queue (%s)', (mode) => {
  let queue: JobQueue;
  let db: TestDatabase | undefined;
  let dataSource: DataSource | undefined;
  let redis: Redis | undefined;

  beforeEach(async () => {
    if (mode === 'database') {
      db = await createTestDatabase('sqlite');
      dataSource = new DataSource(dataSourceOptions(db.config));
      await dataSource.initialize();
      await dataSource.runMigrations();
      // The real clock: retries are scheduled in wall time (back-off is shortened by failing fast below).
      queue = new DbJobQueue(dataSource, new ManualClock(new Date()));
    } else {
      redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
      queue = new BullmqJobQueue(redis, `vltest${Date.now()}${Math.floor(Math.random() * 1e6)}`);
    }
  });
  afterEach(async () => {
    await queue.close();
    await dataSource?.destroy();
    await redis?.quit();
  });

  it('should run a job and keep its result', async () => {
    queue.register<{ n: number }>('double', async ({ n }) => ({ doubled: n * 2 }));
    queue.startWorkers();
    const { id } = await queue.enqueue('double', { n: 21 });
    await queue.drain(10_000);
    const info = await queue.get(id);
    expect(info?.state).toBe('completed');
    expect(info?.result).toEqual({ doubled: 42 });
  });

  it('should enqueue a job once per idempotency key', async () => {
    const seen: number[] = [];
    queue.register<{ n: number }>('record', async ({ n }) => {
      seen.push(n);
    });
    const first = await queue.enqueue('record', { n: 1 }, { idempotencyKey: 'task:advisor-7' });
    const second = await queue.enqueue('record', { n: 2 }, { idempotencyKey: 'task:advisor-7' });
    expect(second).toEqual({ id: first.id, duplicate: true });
    queue.startWorkers();
    await queue.drain(10_000);
    expect(seen).toEqual([1]);
  });

  it('should move a job that keeps failing to the dead letters and run it again on retry', async () => {
    let fail = true;
    queue.register('flaky', async () => {
      if (fail) throw new Error('WeCom said -1');
      return 'ok';
    });
    queue.startWorkers();
    const { id } = await queue.enqueue('flaky', {}, { maxAttempts: 1 });
    await waitFor(async () => (await queue.listDead(10)).some((j) => j.id === id));
    const dead = (await queue.listDead(10)).find((j) => j.id === id)!;
    expect(dead.error).toContain('WeCom said -1');
    fail = false;
    expect(await queue.retry(id)).toBe(true);
    await waitFor(async () => (await queue.get(id))?.state === 'completed');
  });

  it('should report depth by job name and answer ping', async () => {
    queue.register('idle', async () => undefined);
    await queue.enqueue('idle', {});
    await queue.enqueue('idle', {});
    expect((await queue.depth()).idle).toBe(2);
    expect(await queue.ping()).toBe(true);
  });
});

describe('job queue (database): leases', () => {
  const dataSource = useMigratedDatabase('sqlite');

  it('should keep a long job to the worker running it while a second worker polls past the lease', async () => {
    const clock = new ManualClock(new Date());
    const lease = { leaseMs: 30_000, renewEveryMs: 50 };
    const first = new DbJobQueue(dataSource(), clock, lease);
    const second = new DbJobQueue(dataSource(), clock, lease);
    const job = blockingJob([first, second]);
    try {
      const { id } = await first.enqueue('long', {});
      first.startWorkers();
      await waitFor(async () => job.runs() === 1);
      // Time passes well beyond the lease while the job runs; the renewal keeps moving the lease ahead of it.
      second.startWorkers();
      for (let i = 0; i < 10; i++) {
        clock.advance(10_000);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(job.runs()).toBe(1);
      job.release();
      await waitFor(async () => (await first.get(id))?.state === 'completed');
      expect((await first.get(id))?.attempts).toBe(1);
    } finally {
      job.release();
      await first.close();
      await second.close();
    }
  });

  it('should not start a job again in the process running it when its lease lapses before a renewal', async () => {
    const clock = new ManualClock(new Date());
    // Renewals far apart, time racing ahead (as a fast-forwarded clock or a stalled event loop would).
    const queue = new DbJobQueue(dataSource(), clock, { leaseMs: 1_000, renewEveryMs: 60_000 });
    const job = blockingJob([queue]);
    try {
      const { id } = await queue.enqueue('long', {});
      queue.startWorkers();
      await waitFor(async () => job.runs() === 1);
      for (let i = 0; i < 10; i++) {
        clock.advance(5_000);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(job.runs()).toBe(1);
      job.release();
      await waitFor(async () => (await queue.get(id))?.state === 'completed');
    } finally {
      job.release();
      await queue.close();
    }
  });
});

/** Registers a 'long' job on each queue that counts its starts and runs until released. */
function blockingJob(queues: DbJobQueue[]): { runs(): number; release(): void } {
  let runs = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  for (const queue of queues) {
    queue.register('long', async () => {
      runs += 1;
      await released;
    });
  }
  return { runs: () => runs, release: () => release() };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('condition not met in time');
}
