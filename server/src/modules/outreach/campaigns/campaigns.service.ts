import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, IsNull, type Repository } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { WECOM_API, type WecomApi, WecomApiError } from '../../../wecom/gateway/wecom-gateway.types.js';
import { WECOM_RATE_LIMITER, type WecomRateLimiter } from '../rate-limit/wecom-rate-limiter.js';
import { Send } from '../sends/send.entity.js';
import { AudienceResolver } from './audience.js';
import { CampaignContent, isProductContent } from './campaign-content.js';
import { Campaign, type CampaignOrigin, CampaignTask } from './campaign.entities.js';
import { CAMPAIGN_JOBS, type PlanJob, planJobKey } from './campaign-job-names.js';
import { CampaignProgress } from './campaign-progress.js';
import { audienceOf, toCampaignDto } from './campaign-views.js';
import type { CampaignDto, CreateCampaignInput, RemindReportDto, SyncReportDto } from './campaigns.dto.js';
import { ResultSync } from './result-sync.js';

const DAY_MS = 86_400_000;
/** "24小时内每个群发最多触发三次提醒" (remind_groupmsg_send, official 97610). */
const REMINDERS_PER_DAY = 3;
const CANCELLABLE = ['draft', 'scheduled', 'planning', 'fanning_out', 'running'] as const;

/** Campaign lifecycle: draft → scheduled (launch) → planning → fanning_out → running → completed | cancelled. */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(CampaignTask) private readonly tasks: Repository<CampaignTask>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audience: AudienceResolver,
    private readonly content: CampaignContent,
    private readonly sync: ResultSync,
    private readonly progress: CampaignProgress,
    private readonly audit: AuditService,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(WECOM_RATE_LIMITER) private readonly limiter: WecomRateLimiter,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: CreateCampaignInput, origin: CampaignOrigin = 'hq'): Promise<Campaign> {
    const audience = audienceOf(input.audience);
    await this.audience.validate(actor, audience);
    const saved = await this.campaigns.save(
      this.campaigns.create({
        uid: randomBytes(12).toString('base64url'),
        name: input.name,
        origin,
        activityId: input.activityId ?? null,
        contentKind: input.contentKind,
        contentId: input.contentId,
        variantId: input.variantId ?? null,
        channel: input.channel,
        audience,
        runAt: input.runAt ?? null,
        status: 'draft',
        createdBy: actor.staffId,
        createdAt: this.clock.now(),
      }),
    );
    await this.audit.record(actor, { action: 'campaign.created', targetType: 'campaign', targetId: saved.id, details: { origin, channel: input.channel } });
    return saved;
  }

  async require(id: number, origin?: CampaignOrigin): Promise<Campaign> {
    const campaign = await this.campaigns.findOneBy({ id, ...(origin ? { origin } : {}) });
    if (!campaign) throw notFound('活动');
    return campaign;
  }

  /** Checks the content now (so HQ hears "not approved" at once), then schedules planning. */
  async launch(actor: Actor, id: number): Promise<CampaignDto> {
    const campaign = await this.require(id);
    if (campaign.status !== 'draft') throw new AppError('INVALID_STATE', '只有草稿状态的活动可以启动');
    await this.requireSendable(actor, campaign);
    const now = this.clock.now();
    const updated = await this.campaigns.update({ id, status: 'draft' }, { status: 'scheduled', launchedAt: now });
    if ((updated.affected ?? 0) !== 1) throw new AppError('CONFLICT');
    const delayMs = campaign.runAt ? Math.max(0, campaign.runAt.getTime() - now.getTime()) : 0;
    await this.queue.enqueue(CAMPAIGN_JOBS.plan, { campaignUid: campaign.uid, campaignId: id } satisfies PlanJob, { idempotencyKey: planJobKey(campaign.uid), delayMs, maxAttempts: 5 });
    await this.audit.record(actor, { action: 'campaign.launched', targetType: 'campaign', targetId: id, details: { runAt: campaign.runAt } });
    return toCampaignDto(await this.require(id));
  }

  async requireSendable(actor: Actor, campaign: Campaign): Promise<void> {
    const verdict = await this.content.check(actor, campaign, campaign.channel === 'moments' ? 'moments' : 'mass');
    if (verdict.block) throw new AppError(verdict.block.code, verdict.block.reasonZh);
    if ((campaign.channel === 'group_mass' || campaign.channel === 'moments') && isProductContent(verdict.content)) {
      throw new AppError('SUITABILITY_MISMATCH', '客户群和朋友圈面向风险等级不同的客户，产品类或带风险等级的内容只能一对一或按客户群发。');
    }
  }

  /** Stops what has not gone out: pending tasks are dropped, WeCom tasks not yet confirmed are withdrawn. */
  async cancel(actor: Actor, id: number): Promise<CampaignDto> {
    const campaign = await this.require(id);
    const updated = await this.campaigns.update({ id, status: In([...CANCELLABLE]) }, { status: 'cancelled', cancelledAt: this.clock.now() });
    if ((updated.affected ?? 0) !== 1) throw new AppError('INVALID_STATE', '该活动已结束，不能取消');
    await this.tasks.update({ campaignId: id, status: 'pending' }, { status: 'cancelled' });
    await this.dataSource.createQueryBuilder().update(Send).set({ status: 'cancelled' }).where('campaign_id = :id AND status = :queued', { id, queued: 'queued' }).execute();
    const withdrawn: number[] = [];
    for (const task of await this.tasks.findBy({ campaignId: id, status: 'submitted' })) {
      try {
        await this.limiter.acquire('cancel_groupmsg_send');
        await this.wecom.cancelGroupMsgSend(task.msgid!);
      } catch (error) {
        if (!(error instanceof WecomApiError)) throw error;
        continue; // e.g. already sent: the task keeps its state and results are still synced
      }
      await this.tasks.update({ id: task.id, status: 'submitted' }, { status: 'cancelled' });
      await this.dataSource.createQueryBuilder().update(Send).set({ status: 'cancelled' }).where('task_id = :taskId AND status = :pending', { taskId: task.id, pending: 'pending_confirm' }).execute();
      withdrawn.push(task.id);
    }
    await this.audit.record(actor, { action: 'campaign.cancelled', targetType: 'campaign', targetId: id, details: { withdrawnTasks: withdrawn.length, wasStatus: campaign.status } });
    return toCampaignDto(await this.require(id));
  }

  /** WeCom's reminder push for tasks the advisors have not confirmed, at most three per task per 24 h. */
  async remind(actor: Actor, id: number, taskIds?: number[]): Promise<RemindReportDto> {
    await this.require(id);
    const tasks = await this.tasks.find({ where: { campaignId: id, ...(taskIds ? { id: In(taskIds) } : {}) }, order: { id: 'ASC' } });
    const report: RemindReportDto = { reminded: [], skipped: [] };
    const now = this.clock.now().getTime();
    for (const task of tasks) {
      if (task.status !== 'submitted' || !task.msgid) {
        report.skipped.push({ taskId: task.id, reasonZh: '任务尚未交给企业微信，或投顾已确认发送' });
        continue;
      }
      const recent = (task.reminderTimes ?? []).filter((at) => at > now - DAY_MS);
      if (recent.length >= REMINDERS_PER_DAY) {
        report.skipped.push({ taskId: task.id, reasonZh: '企业微信限制：每个群发任务24小时内最多提醒3次' });
        continue;
      }
      try {
        await this.limiter.acquire('remind_groupmsg_send');
        await this.wecom.remindGroupMsgSend(task.msgid);
      } catch (error) {
        if (!(error instanceof WecomApiError)) throw error;
        report.skipped.push({ taskId: task.id, reasonZh: `企业微信未能提醒：${error.errmsg}` });
        continue;
      }
      await this.tasks.update({ id: task.id }, { reminderTimes: [...recent, now], reminderCount: task.reminderCount + 1, lastRemindedAt: new Date(now) });
      report.reminded.push(task.id);
    }
    await this.audit.record(actor, { action: 'campaign.reminded', targetType: 'campaign', targetId: id, details: { reminded: report.reminded.length, skipped: report.skipped.length } });
    return report;
  }

  /** Pulls WeCom's results for every task handed over and not yet settled ("刷新结果"). */
  async syncNow(id: number): Promise<SyncReportDto> {
    const report: SyncReportDto = { synced: 0, waitingForAdvisor: 0 };
    const unsettled = await this.tasks.find({ where: [{ campaignId: id, status: 'submitted' }, { campaignId: id, status: 'done', confirmedAt: IsNull() }], order: { id: 'ASC' } });
    for (const task of unsettled) {
      const outcome = await this.sync.sync(task);
      if (outcome === 'synced') report.synced++;
      if (outcome === 'waiting_for_advisor') report.waitingForAdvisor++;
    }
    await this.progress.afterTaskChange(id);
    return report;
  }
}
