import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { MomentsPublisher } from '../moments/moments-publisher.js';
import { MOMENTS_JOBS, type MomentsJob } from '../moments/moments.service.js';
import { CAMPAIGN_JOBS, type PlanJob, type SyncJob, type TaskBatchJob } from './campaign-job-names.js';
import { CampaignPlanner } from './campaign-planner.js';
import { FanoutFaults } from './fanout-faults.js';
import { ResultSync } from './result-sync.js';
import { TaskSubmitter } from './task-submitter.js';

/** Registers the outreach job handlers (same code on BullMQ and on the database job table). */
@Injectable()
export class CampaignJobs implements OnModuleInit {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly planner: CampaignPlanner,
    private readonly submitter: TaskSubmitter,
    private readonly results: ResultSync,
    private readonly moments: MomentsPublisher,
    private readonly faults: FanoutFaults,
  ) {}

  onModuleInit(): void {
    this.handle<PlanJob>(CAMPAIGN_JOBS.plan, (job) => this.planner.run(job.campaignId, job.campaignUid));
    this.handle<TaskBatchJob>(CAMPAIGN_JOBS.submitTask, (job) => this.submitter.run(job));
    this.handle<SyncJob>(CAMPAIGN_JOBS.syncTask, (job) => this.results.poll(job));
    this.handle<MomentsJob>(MOMENTS_JOBS.submit, (job) => this.moments.submit(job));
    this.handle<MomentsJob & { poll: number }>(MOMENTS_JOBS.poll, (job) => this.moments.poll(job));
  }

  private handle<T>(name: string, run: (payload: T) => Promise<string>): void {
    this.queue.register<T>(name, async (payload) => {
      this.faults.assertAlive();
      return run(payload);
    });
  }
}
