import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { logger } from '../../../common/logging/logger.js';
import { JOB_QUEUE, type JobContext, type JobQueue } from '../../../common/queue/job-queue.js';
import { upsertRows } from '../../../database/upsert.js';
import { computePortrait } from '../engine/compute-portrait.js';
import type { RuleSet } from '../engine/rules.js';
import type { ClientPortrait } from '../entities/client-portrait.entity.js';
import { RecomputeProgress } from '../entities/recompute-progress.entity.js';
import type { ClientSet } from '../loading/client-set.js';
import { PortraitInputLoader, portraitMonth } from '../loading/portrait-input.loader.js';
import { num } from '../loading/sql-values.js';
import { RulesService } from '../rules/rules.service.js';
import { computedTags } from './computed-tags.js';
import { toPortraitRow as toRow } from './portrait-row.js';
import { type ComputedClient, PortraitStore } from './portrait.store.js';

export const RECOMPUTE_ALL_JOB = 'portrait.recompute-all';
export const RECOMPUTE_CLIENTS_JOB = 'portrait.recompute-clients';
/** ~500 clients per batch keeps each source query to one index range and each write to a few statements. */
export const BATCH_SIZE = 500;

export interface RecomputeClientsPayload {
  clientIds: number[];
}

interface LoadedBatch {
  set: ClientSet;
  lastId: number;
  inputs: Awaited<ReturnType<PortraitInputLoader['load']>>;
}

/**
 * Computes and stores portraits: all clients (paged by id, the next batch's reads in flight while the current one is
 * computed) or a given set (incremental, after new activity). The month's first recompute writes its snapshot.
 */
@Injectable()
export class PortraitRecomputeService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: PortraitInputLoader,
    private readonly store: PortraitStore,
    private readonly rules: RulesService,
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
    let next = this.loadPage(0, asOf.getTime(), rules);
    for (;;) {
      const batch = await next;
      if (!batch) break;
      // Issue the next page's reads before computing this one, so the database works while the CPU computes.
      next = this.loadPage(batch.lastId, asOf.getTime(), rules);
      processed += await this.computeAndStore(batch, rules, asOf);
      await this.saveProgress(ctx.jobId, processed, total);
    }
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
      const inputs = await this.loader.load(set, asOf.getTime(), rules);
      stored += await this.computeAndStore({ set, lastId: 0, inputs }, rules, asOf);
    }
    return stored;
  }

  /** One client, computed and stored, returning its row (the profile's first view of a client). */
  async computeOne(clientId: number): Promise<ClientPortrait | null> {
    const { rules } = await this.rules.active();
    const asOf = this.clock.now();
    const set: ClientSet = { kind: 'ids', ids: [clientId] };
    const inputs = await this.loader.load(set, asOf.getTime(), rules);
    const computed = this.compute(inputs, rules, asOf.getTime());
    await this.store.write(set, computed, asOf);
    return computed[0]?.row ?? null;
  }

  private async loadPage(afterId: number, asOf: number, rules: RuleSet): Promise<LoadedBatch | null> {
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
    return { set, lastId: toId, inputs: await this.loader.load(set, asOf, rules) };
  }

  private async computeAndStore(batch: LoadedBatch, rules: RuleSet, asOf: Date): Promise<number> {
    const computed = this.compute(batch.inputs, rules, asOf.getTime());
    await this.store.write(batch.set, computed, asOf);
    return computed.length;
  }

  private compute(loaded: LoadedBatch['inputs'], rules: RuleSet, asOf: number): ComputedClient[] {
    const month = portraitMonth(asOf);
    return loaded.inputs.map((input) => {
      const clientId = Number(input.clientId);
      const portrait = computePortrait(input, rules);
      const hasSnapshot = loaded.snapshotMonths.get(clientId)?.has(month) ?? false;
      return { row: toRow(clientId, portrait), tags: computedTags(portrait, rules), snapshotMonth: hasSnapshot ? null : month };
    });
  }

  private async saveProgress(jobId: string, processed: number, total: number): Promise<void> {
    await upsertRows(this.dataSource.getRepository(RecomputeProgress), [{ jobId, processed, total, updatedAt: this.clock.now() }], ['job_id'], ['processed', 'total', 'updated_at']);
  }
}
