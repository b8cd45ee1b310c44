import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { isBusyError, isStaleTokenError, WECOM_ERRCODE } from '../../../wecom/gateway/retry-policy.js';
import { WECOM_API, type WecomApi, WecomApiError } from '../../../wecom/gateway/wecom-gateway.types.js';
import { Campaign } from '../campaigns/campaign.entities.js';
import { CampaignContent } from '../campaigns/campaign-content.js';
import { WECOM_RATE_LIMITER, type WecomRateLimiter } from '../rate-limit/wecom-rate-limiter.js';
import { MomentsContent } from './moments-content.js';
import { MOMENTS_JOBS, type MomentsJob } from './moments.service.js';
import { MomentsTask } from './moments-task.entity.js';
import { Staff } from '../../org/staff.entity.js';
import { actorOf } from '../campaigns/staff-actor.js';

/** get_moment_task_result: look every 5 s, for at most 10 minutes (the jobid itself is valid 24 h). */
const POLL_DELAY_MS = 5_000;
const MAX_POLLS = 120;

/**
 * add_moment_task, then get_moment_task_result until WeCom finished the job. Moments have no lookup
 * by our own key, so a submission whose answer was lost (crash, network) is marked `unknown` for a
 * person to check in the WeCom admin console — never posted twice.
 */
@Injectable()
export class MomentsPublisher {
  constructor(
    @InjectRepository(MomentsTask) private readonly tasks: Repository<MomentsTask>,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(WECOM_RATE_LIMITER) private readonly limiter: WecomRateLimiter,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly body: MomentsContent,
    private readonly content: CampaignContent,
  ) {}

  async submit(job: MomentsJob): Promise<string> {
    const task = await this.tasks.findOneBy({ id: job.momentsTaskId, idempotencyKey: job.key });
    if (!task) return 'stale job';
    if (task.status === 'submitting') {
      await this.tasks.update({ id: task.id, status: 'submitting' }, { status: 'unknown', errmsg: '提交结果未知，请在企业微信管理后台核对后再决定是否重新发布' });
      return 'unknown';
    }
    if (task.status !== 'pending') return `already ${task.status}`;
    const creator = await this.staff.findOneByOrFail({ id: task.createdBy });
    const verdict = await this.content.check(actorOf(creator), task, 'moments');
    if (verdict.block || verdict.version.versionId !== task.versionId) {
      return this.fail(task, verdict.block?.reasonZh ?? '内容已更新为新版本，请重新发布');
    }
    const request = { ...(await this.body.body(verdict.message, task.linkToken)), visible_range: { sender_list: { user_list: task.senderUserids } } };
    const claimed = await this.tasks.update({ id: task.id, status: 'pending' }, { status: 'submitting', submittingAt: this.clock.now() });
    if ((claimed.affected ?? 0) !== 1) return 'claimed elsewhere';
    await this.limiter.acquire('add_moment_task');
    let jobid: string;
    try {
      jobid = (await this.wecom.addMomentTask(request)).jobid;
    } catch (error) {
      if (!(error instanceof WecomApiError) || error.errcode === WECOM_ERRCODE.SYSTEM_BUSY) throw error;
      if (isBusyError(error.errcode) || isStaleTokenError(error.errcode)) {
        await this.tasks.update({ id: task.id, status: 'submitting' }, { status: 'pending' });
        throw error;
      }
      return this.fail({ ...task, status: 'submitting' }, `企业微信拒绝发布：${error.errcode} ${error.errmsg}`);
    }
    await this.tasks.update({ id: task.id, status: 'submitting' }, { status: 'submitted', jobid, submittedAt: this.clock.now() });
    await this.schedulePoll(task, 1);
    return 'submitted';
  }

  async poll(job: MomentsJob & { poll: number }): Promise<string> {
    const task = await this.tasks.findOneBy({ id: job.momentsTaskId, idempotencyKey: job.key });
    if (!task?.jobid || task.status !== 'submitted') return 'nothing to poll';
    await this.limiter.acquire('get_moment_task_result');
    const result = await this.wecom.getMomentTaskResult(task.jobid);
    if (result.status !== 3 || !result.result) {
      await this.tasks.update({ id: task.id }, { polls: job.poll });
      if (job.poll < MAX_POLLS) await this.schedulePoll(task, job.poll + 1);
      return 'running';
    }
    const ok = result.result.errcode === 0;
    await this.tasks.update(
      { id: task.id, status: 'submitted' },
      {
        status: ok ? 'done' : 'failed',
        momentId: result.result.moment_id ?? null,
        invalidSenders: result.result.invalid_sender_list?.user_list ?? [],
        errcode: result.result.errcode,
        errmsg: ok ? null : result.result.errmsg.slice(0, 500),
        polls: job.poll,
        completedAt: this.clock.now(),
      },
    );
    await this.completeCampaign(task);
    return ok ? 'done' : 'failed';
  }

  private async schedulePoll(task: MomentsTask, poll: number): Promise<void> {
    await this.queue.enqueue(MOMENTS_JOBS.poll, { momentsTaskId: task.id, key: task.idempotencyKey, poll }, {
      delayMs: POLL_DELAY_MS,
      idempotencyKey: `${task.idempotencyKey}:poll:${poll}`,
    });
  }

  private async fail(task: MomentsTask, reason: string): Promise<string> {
    await this.tasks.update({ id: task.id, status: task.status }, { status: 'failed', errmsg: reason.slice(0, 500), completedAt: this.clock.now() });
    await this.completeCampaign(task);
    return 'failed';
  }

  private async completeCampaign(task: MomentsTask): Promise<void> {
    if (task.campaignId === null) return;
    await this.campaigns.update({ id: task.campaignId, status: 'running' }, { status: 'completed', completedAt: this.clock.now() });
  }
}
