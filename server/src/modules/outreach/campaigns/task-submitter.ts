import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { isBusyError, isStaleTokenError, WECOM_ERRCODE } from '../../../wecom/gateway/retry-policy.js';
import { WECOM_API, type WecomApi, WecomApiError } from '../../../wecom/gateway/wecom-gateway.types.js';
import { Staff } from '../../org/staff.entity.js';
import type { MassMessage } from '../content/message-builders.js';
import { WECOM_RATE_LIMITER, type WecomRateLimiter } from '../rate-limit/wecom-rate-limiter.js';
import { Send } from '../sends/send.entity.js';
import { Campaign, CampaignTask } from './campaign.entities.js';
import { CampaignProgress } from './campaign-progress.js';
import { FanoutFaults, SimulatedCrash } from './fanout-faults.js';
import { GroupMsgReconciler } from './groupmsg-reconciler.js';
import { CAMPAIGN_JOBS, type TaskBatchJob, taskJobKey } from './campaign-job-names.js';
import { actorOf } from './staff-actor.js';
import { TaskMessageFactory, type TaskMessageBuilder } from './task-message.js';

/**
 * Hands one campaign task to WeCom exactly once (add_msg_template has no idempotency key of its own).
 *
 * 1. Claim: `pending → submitting` by a conditional UPDATE that also stores the exact message and
 *    submitting_at; only one worker wins. The task's UNIQUE(campaign_id, staff_id, chunk_no) key is the
 *    idempotency key of this WeCom-side effect.
 * 2. Call add_msg_template, then store the msgid (`submitting → submitted`) in one conditional UPDATE.
 * 3. An error answer from WeCom means nothing was created: rate limits and stale tokens put the task back
 *    to `pending` for a retry; other errors fail the task. A lost answer (network failure, -1) or a crash
 *    between the call and the UPDATE leaves the task in `submitting`, outcome unknown.
 * 4. A job that finds a task in `submitting` never calls WeCom blindly. After a grace period longer than
 *    any call in flight could still take, it lists the sender's recent corp mass sends
 *    (get_groupmsg_list_v2) and adopts the one with the stored message that no task owns
 *    (GroupMsgReconciler). Only if WeCom has none does it submit again — then the first call never
 *    took effect, so there is still exactly one WeCom task.
 */
export const RECONCILE_GRACE_MS = 2 * 60_000;

/** WeCom answered with an error: the mass send was not created. -1 (busy, or our own network failure) is not proof. */
const nothingCreated = (error: unknown): error is WecomApiError => error instanceof WecomApiError && error.errcode !== WECOM_ERRCODE.SYSTEM_BUSY;
const worthRetrying = (errcode: number): boolean => isBusyError(errcode) || isStaleTokenError(errcode);

@Injectable()
export class TaskSubmitter {
  constructor(
    @InjectRepository(CampaignTask) private readonly tasks: Repository<CampaignTask>,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(WECOM_RATE_LIMITER) private readonly limiter: WecomRateLimiter,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reconciler: GroupMsgReconciler,
    private readonly messages: TaskMessageFactory,
    private readonly progress: CampaignProgress,
    private readonly faults: FanoutFaults,
  ) {}

  /**
   * Hands each task of the batch over, one after another. A task that needs a retry (rate limit, lost
   * answer) does not hold up the others: the job fails at the end and its retry skips what is done.
   */
  async run(job: TaskBatchJob): Promise<string> {
    const tasks = await this.tasks.find({ where: { id: In(job.taskIds) }, order: { id: 'ASC' } });
    const campaign = tasks[0] ? await this.campaigns.findOneBy({ id: tasks[0].campaignId }) : null;
    if (!campaign || campaign.uid !== job.campaignUid) return 'stale job';
    const senders = new Map((await this.staff.findBy({ id: In([...new Set(tasks.map((t) => t.staffId))]) })).map((s) => [s.id, s]));
    const build = await this.messages.builder(campaign, [...senders.values()].map(actorOf));
    const outcomes: string[] = [];
    let retry: unknown = null;
    for (const task of tasks) {
      try {
        outcomes.push(await this.runOne(campaign, task, senders.get(task.staffId), build));
      } catch (error) {
        if (error instanceof SimulatedCrash) throw error;
        retry ??= error;
        outcomes.push('retry');
      }
    }
    await this.progress.afterTaskChange(campaign.id);
    if (retry) throw retry;
    return outcomes.join(',');
  }

  private async runOne(campaign: Campaign, task: CampaignTask, sender: Staff | undefined, build: TaskMessageBuilder): Promise<string> {
    const current = await this.campaigns.findOneBy({ id: campaign.id });
    if (current?.status === 'cancelled' && task.status === 'pending') {
      await this.finish(task, 'cancelled', null);
      return 'cancelled';
    }
    if (current?.status !== 'fanning_out' && current?.status !== 'running' && current?.status !== 'cancelled') return `campaign ${current?.status}`;
    if (!sender?.wecomUserId || sender.status !== 'active') {
      if (task.status === 'pending') await this.finish(task, 'failed', '投顾已停用或未开通企业微信');
      return 'no sender';
    }
    if (task.status === 'pending') return this.claimAndSubmit(campaign, task, sender, build);
    if (task.status === 'submitting') return this.recover(campaign, task, sender);
    return `already ${task.status}`;
  }

  private async claimAndSubmit(campaign: Campaign, task: CampaignTask, sender: Staff, build: TaskMessageBuilder): Promise<string> {
    const built = await build(task, actorOf(sender));
    if (!built.ok) {
      await this.finish(task, 'failed', built.reasonZh);
      return built.code;
    }
    const claimed = await this.tasks
      .createQueryBuilder()
      .update(CampaignTask)
      .set({ status: 'submitting', submittingAt: this.clock.now(), submitAttempts: () => 'submit_attempts + 1', message: built.message })
      .where('id = :id AND status = :pending', { id: task.id, pending: 'pending' })
      .execute();
    if ((claimed.affected ?? 0) !== 1) return 'claimed elsewhere';
    return this.callWecom(campaign, task, sender.wecomUserId!, built.message);
  }

  private async recover(campaign: Campaign, task: CampaignTask, sender: Staff): Promise<string> {
    const waited = this.clock.now().getTime() - (task.submittingAt?.getTime() ?? 0);
    if (waited < RECONCILE_GRACE_MS) {
      // A call may still be in flight elsewhere (an expired lease, a stalled job): look again after the grace period.
      await this.queue.enqueue(CAMPAIGN_JOBS.submitTask, { campaignUid: campaign.uid, taskIds: [task.id] } satisfies TaskBatchJob, {
        delayMs: RECONCILE_GRACE_MS - waited,
        idempotencyKey: `${taskJobKey(campaign.uid, task.id)}:recover:${task.submitAttempts}`,
        maxAttempts: 10,
      });
      return 'reconcile later';
    }
    const message = task.message!;
    const found = await this.reconciler.findCreated(task, sender.wecomUserId!, chatTypeOf(campaign), message);
    if (found) {
      await this.markSubmitted(campaign, task, found, []);
      return 'reconciled';
    }
    // WeCom has no such task: the earlier attempt never took effect. Take the claim again (fenced on submitting_at).
    const retaken = await this.tasks
      .createQueryBuilder()
      .update(CampaignTask)
      .set({ submittingAt: this.clock.now(), submitAttempts: () => 'submit_attempts + 1' })
      .where('id = :id AND status = :submitting AND submit_attempts = :attempts', { id: task.id, submitting: 'submitting', attempts: task.submitAttempts })
      .execute();
    if ((retaken.affected ?? 0) !== 1) return 'claimed elsewhere';
    return this.callWecom(campaign, task, sender.wecomUserId!, message);
  }

  private async callWecom(campaign: Campaign, task: CampaignTask, sender: string, message: MassMessage): Promise<string> {
    this.faults.beforeWecomCall();
    const recipients = campaign.channel === 'group_mass' ? [] : await this.recipientIds(task.id);
    await this.limiter.acquire('add_msg_template');
    let created: { msgid: string; fail_list: string[] };
    try {
      created = await this.wecom.addMsgTemplate({
        chat_type: chatTypeOf(campaign),
        sender,
        ...(campaign.channel === 'group_mass' ? {} : { external_userid: recipients }),
        ...message,
      });
    } catch (error) {
      if (!nothingCreated(error)) throw error; // outcome unknown: stays `submitting`, the retry reconciles
      if (worthRetrying(error.errcode)) {
        await this.tasks.update({ id: task.id, status: 'submitting' }, { status: 'pending', lastError: error.message.slice(0, 500) });
        throw error;
      }
      await this.finish(task, 'failed', `企业微信拒绝创建群发：${error.errcode} ${error.errmsg}`.slice(0, 500));
      return `rejected ${error.errcode}`;
    }
    this.faults.afterWecomCall();
    await this.markSubmitted(campaign, task, created.msgid, created.fail_list);
    return 'submitted';
  }

  private async markSubmitted(campaign: Campaign, task: CampaignTask, msgid: string, failList: string[]): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const stored = await manager
        .createQueryBuilder()
        .update(CampaignTask)
        .set({ status: 'submitted', msgid, submittedAt: now, lastError: null })
        .where('id = :id AND status = :submitting', { id: task.id, submitting: 'submitting' })
        .execute();
      if ((stored.affected ?? 0) !== 1) return;
      await manager
        .createQueryBuilder()
        .update(Send)
        .set({ status: 'pending_confirm', wecomMsgid: msgid })
        .where('task_id = :taskId AND status = :queued', { taskId: task.id, queued: 'queued' })
        .execute();
      if (failList.length > 0) {
        // WeCom's fail_list: customers the sender cannot reach (not, or no longer, their contact).
        await manager
          .createQueryBuilder()
          .update(Send)
          .set({ status: 'failed', exclusionCode: 'NOT_A_FRIEND', failReason: '企业微信：客户不是该投顾的好友' })
          .where('task_id = :taskId', { taskId: task.id })
          .andWhere('client_id IN (SELECT c.id FROM clients c WHERE c.external_userid IN (:...failList))', { failList })
          .execute();
      }
    });
    await this.queue.enqueue(CAMPAIGN_JOBS.syncTask, { campaignUid: campaign.uid, taskId: task.id, poll: 1 }, {
      delayMs: FIRST_SYNC_DELAY_MS,
      idempotencyKey: `${taskJobKey(campaign.uid, task.id)}:sync:1`,
    });
    if ((await this.campaigns.findOneBy({ id: campaign.id }))?.status === 'cancelled') {
      // Cancelled while this task was being handed over: withdraw it from WeCom as well.
      await this.limiter.acquire('cancel_groupmsg_send');
      await this.wecom.cancelGroupMsgSend(msgid);
      await this.finish({ ...task, status: 'submitted' }, 'cancelled', null);
    }
  }

  async finish(task: Pick<CampaignTask, 'id' | 'campaignId' | 'status'>, status: 'failed' | 'cancelled', reason: string | null): Promise<void> {
    const updated = await this.tasks.update({ id: task.id, status: task.status }, { status, lastError: reason });
    if ((updated.affected ?? 0) === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .update(Send)
      .set({ status: status === 'failed' ? 'failed' : 'cancelled', failReason: reason })
      .where('task_id = :taskId AND status IN (:...open)', { taskId: task.id, open: ['queued', 'pending_confirm'] })
      .execute();
    await this.progress.afterTaskChange(task.campaignId);
  }

  private async recipientIds(taskId: number): Promise<string[]> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('c.external_userid', 'id')
      .from('sends', 's')
      .innerJoin('clients', 'c', 'c.id = s.client_id')
      .where('s.task_id = :taskId AND s.status = :queued', { taskId, queued: 'queued' })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }
}

/** First look at the results: advisors usually confirm within minutes of the reminder in WeCom. */
const FIRST_SYNC_DELAY_MS = 10 * 60_000;

function chatTypeOf(campaign: Campaign): 'single' | 'group' {
  return campaign.channel === 'group_mass' ? 'group' : 'single';
}
