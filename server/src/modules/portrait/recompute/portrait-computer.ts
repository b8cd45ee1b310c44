import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { logger } from '../../../common/logging/logger.js';
import type { RuleSet } from '../engine/rules.js';
import type { RawInputRows } from '../loading/assemble-inputs.js';
import { computeBatch } from './compute-batch.js';
import type { ComputedClient } from './portrait.store.js';
import type { ComputeRequest } from './portrait-compute.worker.js';

const MAX_WORKERS = 4;

interface Pending {
  resolve: (computed: ComputedClient[]) => void;
  reject: (error: Error) => void;
}

/**
 * Runs computeBatch off the main thread when it can: the main thread then only reads and writes (SQLite work is
 * synchronous in-process), and a second core computes. One worker per spare core; inline when the compiled worker
 * file is absent (running from TypeScript sources, as tests do) or on a single core.
 */
@Injectable()
export class PortraitComputer implements OnModuleDestroy {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor() {
    const file = fileURLToPath(new URL('./portrait-compute.worker.js', import.meta.url));
    const spare = Math.min(MAX_WORKERS, availableParallelism() - 1);
    if (!existsSync(file) || spare < 1) return;
    for (let i = 0; i < spare; i++) this.workers.push(this.start(file));
  }

  /** Batches worth having in flight at once: one per worker, or one when computing inline. */
  get parallelism(): number {
    return Math.max(1, this.workers.length);
  }

  compute(raw: RawInputRows, rules: RuleSet): Promise<ComputedClient[]> {
    const worker = this.workers[this.nextId % Math.max(1, this.workers.length)];
    if (!worker) return Promise.resolve(computeBatch(raw, rules));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: ComputeRequest = { id, raw, rules };
      worker.postMessage(request);
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private start(file: string): Worker {
    const worker = new Worker(file);
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
