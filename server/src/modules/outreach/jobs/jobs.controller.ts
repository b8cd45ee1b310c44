import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { AppError } from '../../../common/errors/app-error.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { DeadJobsQuery, JobInfoDto, JobRetryDto } from './jobs.dto.js';

const JOB_ID = /^[A-Za-z0-9_-]{1,191}$/;

/** Dead letters: jobs that used up their attempts, visible and retryable by an admin. */
@ApiTags('jobs')
@Roles('admin')
@Controller('api/jobs')
export class JobsController {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {}

  @Get('dead')
  @ApiOkResponse({ type: [JobInfoDto] })
  async dead(@Query() query: DeadJobsQuery): Promise<JobInfoDto[]> {
    const jobs = await this.queue.listDead(query.limit ?? 100);
    return jobs.map((job) => ({
      id: job.id,
      name: job.name,
      state: job.state,
      attempts: job.attempts,
      payload: (job.payload ?? {}) as Record<string, unknown>,
      ...(job.error ? { error: job.error } : {}),
      createdAt: job.createdAt,
    }));
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOkResponse({ type: JobRetryDto })
  async retry(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<JobRetryDto> {
    if (!JOB_ID.test(id)) throw new AppError('VALIDATION_FAILED', '任务 id 不正确');
    const retried = await this.queue.retry(id);
    if (!retried) throw new AppError('NOT_FOUND', '没有可重试的失败任务');
    await this.audit.record(actor, { action: 'job.retried', targetType: 'job', targetId: id });
    return { retried };
  }
}
