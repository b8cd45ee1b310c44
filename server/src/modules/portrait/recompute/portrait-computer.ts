import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { logger } from '../../../common/logging/logger.js';
import type { RuleSet } from '../engine/rules.js';
import type { RawInputRows } from '../loading/assemble-inputs.js';
import type { ReadPlan } from '../loading/read-plan.js';
import { computeBatch } from './compute-batch.js';
import type { ComputedClient } from './portrait.store.js';
import type { ComputeRequest, ComputeWorkerData } from './portrait-compute.worker.js';

const MAX_WORKERS = 4;

interface Pending {
  resolve: (computed: ComputedClient[]) => void;
  reject: (error: Error) => void;
}

/**
 * Runs computeBatch off the main thread when it can: the main thread then only reads and writes (SQLite work is
 * synchronous in-process), and a second core computes; on an SQLite file a worker can also run the batch's reads.
 * One worker per spare core; inline when the compiled worker file is absent (running from TypeScript sources, as
 * tests do) or on a single core.
 */
@Injectable()
export class PortraitComputer implements OnModuleDestroy {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  private readonly sqlitePath: string | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { database } = config;
    this.sqlitePath = database.type === 'sqlite' && database.sqlitePath !== ':memory:' ? database.sqlitePath : null;
    const file = fileURLToPath(new URL('./portrait-compute.worker.js', import.meta.url));
    const spare = Math.min(MAX_WORKERS, availableParallelism() - 1);
    if (!existsSync(file) || spare < 1) return;
    for (let i = 0; i < spare; i++) this.workers.push(this.start(file));
  }

  /**
   * Batches worth having in flight at once: one per worker, or one when computing inline. When workers also read, one
   * more, so a worker reads and computes the next batch while the main thread writes the last one.
   */
  get parallelism(): number {
    return Math.max(1, this.workers.length) + (this.readsInWorker ? 1 : 0);
  }

  /** True when a worker can run a batch's reads itself (an SQLite file and at least one worker). */
  get readsInWorker(): boolean {
    return this.sqlitePath !== null && this.workers.length > 0;
  }

  compute(raw: RawInputRows, rules: RuleSet): Promise<ComputedClient[]> {
    if (this.workers.length === 0) return Promise.resolve(computeBatch(raw, rules));
    return this.post({ id: this.nextId++, raw, rules });
  }

  /** Reads and computes a planned batch in a worker (only when readsInWorker). */
  readAndCompute(plan: ReadPlan, rules: RuleSet): Promise<ComputedClient[]> {
    if (!this.readsInWorker) throw new Error('batch reads need an SQLite file and a worker');
    return this.post({ id: this.nextId++, plan, rules });
  }

  private post(request: ComputeRequest): Promise<ComputedClient[]> {
    const worker = this.workers[request.id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  /**
   * Stops the workers. A job still running during shutdown (the queue lets in-flight jobs finish) then computes
   * inline; a batch a worker was computing fails, so its job is retried rather than left waiting forever.
   */
  async onModuleDestroy(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.terminate()));
    for (const p of this.pending.values()) p.reject(new Error('portrait workers stopped during shutdown'));
    this.pending.clear();
  }

  private start(file: string): Worker {
    const data: ComputeWorkerData = { sqlitePath: this.sqlitePath };
    const worker = new Worker(file, { workerData: data });
    worker.on('message', (m: { id: number; computed?: ComputedClient[]; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error !== undefined || !m.computed) p?.reject(new Error(m.error ?? 'portrait worker returned nothing'));
      else p?.resolve(m.computed);
    });
    worker.on('error', (error) => {
      // A dead worker leaves the pool (later batches compute on the survivors, or inline); its batches fail and
      // the job's retry recomputes them.
      logger.error('portrait compute worker failed', { error: error.message });
      this.workers.splice(this.workers.indexOf(worker), 1);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    });
    return worker;
  }
}
