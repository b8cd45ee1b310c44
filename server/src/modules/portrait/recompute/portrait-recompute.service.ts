import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { logger } from '../../../common/logging/logger.js';
import { JOB_QUEUE, type JobContext, type JobQueue } from '../../../common/queue/job-queue.js';
import { upsertRows } from '../../../database/upsert.js';
import type { RuleSet } from '../engine/rules.js';
import { RecomputeProgress } from '../entities/recompute-progress.entity.js';
import type { ClientSet } from '../loading/client-set.js';
import type { RawInputRows } from '../loading/assemble-inputs.js';
import { PortraitInputLoader } from '../loading/portrait-input.loader.js';
import type { ReadPlan } from '../loading/read-plan.js';
import { PORTRAIT_UPDATED, type PortraitUpdatedEvent } from '../portrait.events.js';
import { num } from '../../../database/sql-values.js';
import { RulesService } from '../rules/rules.service.js';
import { computeBatch } from './compute-batch.js';
import { PortraitComputer } from './portrait-computer.js';
import type { StoredPortraitRows } from './portrait-row.js';
import { type ComputedClient, PortraitStore } from './portrait.store.js';

export const RECOMPUTE_ALL_JOB = 'portrait.recompute-all';
export const RECOMPUTE_CLIENTS_JOB = 'portrait.recompute-clients';
/** ~500 clients per batch keeps each source query to one index range and each write to a few statements. */
export const BATCH_SIZE = 500;

export interface RecomputeClientsPayload {
  clientIds: number[];
}

/** A page of clients with its rows read, or (reads in a worker) only planned. */
interface FetchedBatch {
  set: ClientSet;
  lastId: number;
  rows: { raw: RawInputRows } | { plan: ReadPlan };
}

/**
 * Computes and stores portraits: all clients (paged by id, the next batch's reads in flight while the current one is
 * computed) or a given set (incremental, after new activity). The month's first recompute writes its snapshot.
 * Every stored batch is announced as `portrait.updated`, so rules that read the portrait see the fresh one.
 */
@Injectable()
export class PortraitRecomputeService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: PortraitInputLoader,
    private readonly store: PortraitStore,
    private readonly computer: PortraitComputer,
    private readonly rules: RulesService,
    private readonly events: EventEmitter2,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.register(RECOMPUTE_ALL_JOB, (_payload, ctx) => this.recomputeAll(ctx));
    this.queue.register<RecomputeClientsPayload>(RECOMPUTE_CLIENTS_JOB, (payload) => this.recomputeClients(payload.clientIds).then((n) => ({ processed: n })));
  }

  async recomputeAll(ctx: JobContext): Promise<{ processed: number; total: number }> {
    const { rules } = await this.rules.active();
    const asOf = this.clock.now();
    const total = await this.dataSource.createQueryBuilder().from('clients', 'c').getCount();
    await this.saveProgress(ctx.jobId, 0, total);
    let processed = 0;
    let failure: { error: unknown } | null = null;
    const inFlight: Promise<void>[] = [];
    // Promises that are awaited only later get a handler now, so a failure is reported once, by the await below.
    const handled = <T>(p: Promise<T>): Promise<T> => (p.catch(() => undefined), p);
    let next = handled(this.fetchPage(0, asOf.getTime(), rules));
    while (!failure) {
      const batch = await next;
      if (!batch) break;
      // Reads of the next page start before this one is computed and written (in a worker, or through the data
      // source when computing inline), and at most `parallelism` batches are in flight.
      next = handled(this.fetchPage(batch.lastId, asOf.getTime(), rules));
      const stored = this.computeAndStore(batch, rules, asOf).then(async (n) => {
        processed += n;
        await this.saveProgress(ctx.jobId, processed, total);
      });
      inFlight.push(stored.catch((error: unknown) => void (failure ??= { error })));
      if (inFlight.length >= this.computer.parallelism) await inFlight.shift();
    }
    await Promise.all(inFlight);
    if (failure) throw (failure as { error: unknown }).error;
    logger.info('portrait recompute finished', { processed, total });
    return { processed, total };
  }

  /** Recomputes the given clients now; returns how many portraits were stored. */
  async recomputeClients(clientIds: readonly number[]): Promise<number> {
    const unique = [...new Set(clientIds)].filter((id) => Number.isInteger(id) && id > 0);
    if (unique.length === 0) return 0;
    const { rules } = await this.rules.active();
    const asOf = this.clock.now();
    let stored = 0;
    for (let i = 0; i < unique.length; i += BATCH_SIZE) {
      const set: ClientSet = { kind: 'ids', ids: unique.slice(i, i + BATCH_SIZE) };
      const raw = await this.loader.fetch(set, asOf.getTime(), rules);
      stored += await this.computeAndStore({ set, lastId: 0, rows: { raw } }, rules, asOf);
    }
    return stored;
  }

  /** One client, computed and stored, returning its rows (the profile's first view of a client). */
  async computeOne(clientId: number): Promise<StoredPortraitRows | null> {
    const { rules } = await this.rules.active();
    const asOf = this.clock.now();
    const set: ClientSet = { kind: 'ids', ids: [clientId] };
    const computed = computeBatch(await this.loader.fetch(set, asOf.getTime(), rules), rules);
    await this.storeAndAnnounce(set, computed, asOf);
    return computed[0] ?? null;
  }

  private async fetchPage(afterId: number, asOf: number, rules: RuleSet): Promise<FetchedBatch | null> {
    const ids = await this.dataSource
      .createQueryBuilder()
      .select('c.id', 'id')
      .from('clients', 'c')
      .where('c.id > :afterId', { afterId })
      .orderBy('c.id', 'ASC')
      .limit(BATCH_SIZE)
      .getRawMany<{ id: number | string }>();
    if (ids.length === 0) return null;
    const fromId = num(ids[0]!.id);
    const toId = num(ids[ids.length - 1]!.id);
    const set: ClientSet = { kind: 'range', fromId, toId };
    // A worker runs the page's reads on its own connection; the main thread then only writes.
    if (this.computer.readsInWorker) return { set, lastId: toId, rows: { plan: this.loader.plan(set, asOf, rules) } };
    return { set, lastId: toId, rows: { raw: await this.loader.fetch(set, asOf, rules) } };
  }

  private async computeAndStore(batch: FetchedBatch, rules: RuleSet, asOf: Date): Promise<number> {
    const { rows } = batch;
    const computed = await ('plan' in rows ? this.computer.readAndCompute(rows.plan, rules) : this.computer.compute(rows.raw, rules));
    await this.storeAndAnnounce(batch.set, computed, asOf);
    return computed.length;
  }

  private async storeAndAnnounce(set: ClientSet, computed: readonly ComputedClient[], asOf: Date): Promise<void> {
    await this.store.write(set, computed, asOf);
    if (computed.length === 0) return;
    const event: PortraitUpdatedEvent = { clientIds: computed.map((c) => c.row.clientId) };
    this.events.emit(PORTRAIT_UPDATED, event);
  }

  private async saveProgress(jobId: string, processed: number, total: number): Promise<void> {
    await upsertRows(this.dataSource.getRepository(RecomputeProgress), [{ jobId, processed, total, updatedAt: this.clock.now() }], ['job_id'], ['processed', 'total', 'updated_at']);
  }
}
