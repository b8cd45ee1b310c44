import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import type { RollupRequest } from '../dto/analytics-query.dto.js';
import type { RollupStartedDto } from '../dto/analytics.dto.js';
import { dayKeyOf } from '../metrics/days.js';
import { resolveRange } from '../query/day-range.js';
import { ANALYTICS_ROLLUP_JOB, type RollupPayload } from './rollup.service.js';

/** A repeated click within the same minute joins the job already queued. */
const DEDUPE_MS = 60_000;

/** HQ/admin asks for a rebuild of a day range; the queue runs it (audited). */
@Injectable()
export class RollupRequestService {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async request(actor: Actor, body: RollupRequest): Promise<RollupStartedDto> {
    const now = this.clock.now();
    const { from, to } = resolveRange(body, dayKeyOf(now));
    const job = await this.queue.enqueue<RollupPayload>(ANALYTICS_ROLLUP_JOB, { from, to }, { idempotencyKey: `${ANALYTICS_ROLLUP_JOB}:manual:${from}:${to}:${Math.floor(now.getTime() / DEDUPE_MS)}` });
    if (!job.duplicate) await this.audit.record(actor, { action: 'analytics.rollup', targetType: 'job', targetId: job.id, details: { from, to } });
    return { jobId: job.id, duplicate: job.duplicate };
  }
}
