import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { notFound } from '../../../common/errors/app-error.js';
import { JOB_QUEUE, type JobQueue, type JobState } from '../../../common/queue/job-queue.js';
import { RecomputeProgress } from '../entities/recompute-progress.entity.js';
import { RECOMPUTE_ALL_JOB } from './portrait-recompute.service.js';

/** A second click within the same minute joins the run already queued instead of starting another. */
const START_DEDUPE_MS = 60_000;

export interface RecomputeStatus {
  status: JobState;
  processed: number;
  total: number;
  error?: string;
}

/** Starting a full recompute and reading its progress (written by the worker that runs it, in any process). */
@Injectable()
export class RecomputeJobsService {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(RecomputeProgress) private readonly progress: Repository<RecomputeProgress>,
    private readonly audit: AuditService,
  ) {}

  async start(actor: Actor): Promise<{ jobId: string }> {
    const bucket = Math.floor(this.clock.now().getTime() / START_DEDUPE_MS);
    const job = await this.queue.enqueue(RECOMPUTE_ALL_JOB, {}, { idempotencyKey: `${RECOMPUTE_ALL_JOB}:${bucket}`, maxAttempts: 2 });
    if (!job.duplicate) await this.audit.record(actor, { action: 'portrait.recompute', targetType: 'job', targetId: job.id });
    return { jobId: job.id };
  }

  async status(jobId: string): Promise<RecomputeStatus> {
    const wellFormed = this.queue.kind === 'database' ? /^\d{1,15}$/.test(jobId) : /^[\w:-]{1,64}$/.test(jobId);
    const job = wellFormed ? await this.queue.get(jobId) : null;
    if (!job || job.name !== RECOMPUTE_ALL_JOB) throw notFound('任务');
    const row = await this.progress.findOneBy({ jobId });
    const status: RecomputeStatus = { status: job.state, processed: row?.processed ?? 0, total: row?.total ?? 0 };
    if (job.error) status.error = job.error;
    return status;
  }
}
