import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, type OnModuleDestroy, Optional } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { logger } from '../../../common/logging/logger.js';
import type { RuleSet } from '../engine/rules.js';
import type { RawInputRows } from '../loading/assemble-inputs.js';
import type { ReadPlan } from '../loading/read-plan.js';
import { computeBatch } from './compute-batch.js';
import type { ComputedClient } from './portrait.store.js';
import type { ComputeRequest, ComputeWorkerData } from './portrait-compute.worker.js';
import type { WorkerReadSource } from './worker-reader.js';

const MAX_WORKERS = 4;

/** Optional provider: the compiled worker script to run. */
export const PORTRAIT_WORKER_FILE = Symbol('PORTRAIT_WORKER_FILE');

interface Pending {
  resolve: (computed: ComputedClient[]) => void;
  reject: (error: Error) => void;
}

/** A Buffer crosses threads as a plain Uint8Array; drivers bind only a Buffer as binary. */
function withBufferView(c: ComputedClient): ComputedClient {
  const bytes = c.view as Uint8Array;
  c.view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return c;
}

/**
 * Runs computeBatch in worker threads when it can. Given a database they can reach (the SQLite file, the MySQL
 * server), workers also read their batches, so the main thread only writes: one worker per core, since a worker
 * waits on its reads. Otherwise they only compute, one per spare core. Inline when the compiled worker file is absent
 * (running from TypeScript sources, as tests do) or when there is no worker to start.
 */
@Injectable()
export class PortraitComputer implements OnModuleDestroy {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /** Where workers read batches from: the SQLite file or the MySQL server (an in-memory SQLite cannot be shared). */
  private readonly readSource: WorkerReadSource | null;

  /** `workerFile` defaults to the compiled worker beside this module (tests running TypeScript sources pass dist's). */
  constructor(@Inject(APP_CONFIG) config: AppConfig, @Optional() @Inject(PORTRAIT_WORKER_FILE) workerFile: string | null = null) {
    const { database } = config;
    if (database.type === 'mysql') this.readSource = database.url ? { type: 'mysql', url: database.url } : null;
    else this.readSource = database.sqlitePath === ':memory:' ? null : { type: 'sqlite', path: database.sqlitePath };
    const file = workerFile ?? fileURLToPath(new URL('./portrait-compute.worker.js', import.meta.url));
    const count = Math.min(MAX_WORKERS, this.readSource ? availableParallelism() : availableParallelism() - 1);
    if (!existsSync(file) || count < 1) return;
    for (let i = 0; i < count; i++) this.workers.push(this.start(file));
  }

  /**
   * Batches worth having in flight at once: one per worker, or one when computing inline. When workers also read, one
   * more, so a worker reads and computes the next batch while the main thread writes the last one.
   */
  get parallelism(): number {
    return Math.max(1, this.workers.length) + (this.readsInWorker ? 1 : 0);
  }

  /** True when a worker can run a batch's reads itself (a database it can reach and at least one worker). */
  get readsInWorker(): boolean {
    return this.readSource !== null && this.workers.length > 0;
  }

  compute(raw: RawInputRows, rules: RuleSet): Promise<ComputedClient[]> {
    if (this.workers.length === 0) return Promise.resolve(computeBatch(raw, rules));
    return this.post({ id: this.nextId++, raw, rules });
  }

  /** Reads and computes a planned batch in a worker (only when readsInWorker). */
  readAndCompute(plan: ReadPlan, rules: RuleSet): Promise<ComputedClient[]> {
    if (!this.readsInWorker) throw new Error('batch reads in a worker need a shared database and a worker');
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
    const data: ComputeWorkerData = { readSource: this.readSource };
    const worker = new Worker(file, { workerData: data });
    worker.on('message', (m: { id: number; computed?: ComputedClient[]; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error !== undefined || !m.computed) p?.reject(new Error(m.error ?? 'portrait worker returned nothing'));
      else p?.resolve(m.computed.map(withBufferView));
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
