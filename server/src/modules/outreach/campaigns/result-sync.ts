import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { WECOM_API, type GroupMsgSendResult, type WecomApi } from '../../../wecom/gateway/wecom-gateway.types.js';
import { Staff } from '../../org/staff.entity.js';
import { WECOM_RATE_LIMITER, type WecomRateLimiter } from '../rate-limit/wecom-rate-limiter.js';
import { Send } from '../sends/send.entity.js';
import { Campaign, CampaignTask } from './campaign.entities.js';
import { CAMPAIGN_JOBS, type SyncJob, taskJobKey } from './campaign-job-names.js';
import { CampaignProgress } from './campaign-progress.js';

/** Re-check unconfirmed tasks every 30 minutes for three days; after that the advisor's to-do stays open. */
const POLL_INTERVAL_MS = 30 * 60_000;
const MAX_POLLS = 3 * 48;

/** WeCom's per-recipient status (WECOM.md §4.4): 1 sent, 2 not a friend, 3 already received another mass send. */
const OUTCOME: Record<GroupMsgSendResult['status'], { status: 'delivered' | 'failed' | null; code: string | null; reason: string | null }> = {
  0: { status: null, code: null, reason: null },
  1: { status: 'delivered', code: null, reason: null },
  2: { status: 'failed', code: 'NOT_A_FRIEND', reason: '企业微信：客户不是好友' },
  3: { status: 'failed', code: 'WECOM_QUOTA', reason: '企业微信：客户已达群发接收上限' },
};

const sentAt = (result: GroupMsgSendResult): Date | null => (result.send_time ? new Date(result.send_time * 1000) : null);

export type SyncOutcome = 'not_submitted' | 'waiting_for_advisor' | 'synced';

/**
 * Pulls a submitted task's outcome from WeCom (get_groupmsg_task, get_groupmsg_send_result) into the
 * task and its sends: pending_confirm → delivered / failed with WeCom's reason.
 */
@Injectable()
export class ResultSync {
  constructor(
    @InjectRepository(CampaignTask) private readonly tasks: Repository<CampaignTask>,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(WECOM_RATE_LIMITER) private readonly limiter: WecomRateLimiter,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly progress: CampaignProgress,
  ) {}

  /** The polling job: sync, and look again later while the advisor has not confirmed. */
  async poll(job: SyncJob): Promise<string> {
    const task = await this.tasks.findOneBy({ id: job.taskId });
    const campaign = task ? await this.campaigns.findOneBy({ id: task.campaignId }) : null;
    if (!task || campaign?.uid !== job.campaignUid) return 'stale job';
    const outcome = await this.sync(task);
    if (outcome === 'waiting_for_advisor' && job.poll < MAX_POLLS) {
      await this.queue.enqueue(CAMPAIGN_JOBS.syncTask, { ...job, poll: job.poll + 1 } satisfies SyncJob, {
        delayMs: POLL_INTERVAL_MS,
        idempotencyKey: `${taskJobKey(job.campaignUid, task.id)}:sync:${job.poll + 1}`,
      });
    }
    return outcome;
  }

  async sync(task: CampaignTask): Promise<SyncOutcome> {
    // A task the advisor already closed as done still gets its results, until WeCom reports the send.
    const awaitingResults = task.status === 'submitted' || (task.status === 'done' && task.confirmedAt === null);
    if (!task.msgid || !awaitingResults) return 'not_submitted';
    const sender = await this.staff.findOneBy({ id: task.staffId });
    if (!sender?.wecomUserId) return 'not_submitted';
    const senderTask = (await this.allPages((cursor) => this.wecom.getGroupMsgTask(task.msgid!, cursor), 'get_groupmsg_task')).find(
      (t) => t.userid === sender.wecomUserId,
    );
    if (!senderTask || senderTask.status !== 2) {
      await this.tasks.update({ id: task.id }, { syncedAt: this.clock.now(), syncPolls: task.syncPolls + 1 });
      return 'waiting_for_advisor';
    }
    const results = await this.allPages((cursor) => this.wecom.getGroupMsgSendResult(task.msgid!, sender.wecomUserId!, cursor), 'get_groupmsg_send_result');
    const confirmedAt = senderTask.send_time ? new Date(senderTask.send_time * 1000) : this.clock.now();
    const campaign = await this.campaigns.findOneByOrFail({ id: task.campaignId });
    const allDelivered = campaign.channel === 'group_mass' ? await this.recordGroupResults(campaign, task, results) : await this.recordResults(task, results);
    await this.tasks.update(
      { id: task.id },
      { ...(task.status === 'submitted' ? { status: allDelivered ? 'confirmed' : 'partially' } : {}), confirmedAt, syncedAt: this.clock.now(), syncPolls: task.syncPolls + 1 },
    );
    await this.progress.afterTaskChange(task.campaignId);
    return 'synced';
  }

  /** Per-client outcome onto the task's sends, a few set-based UPDATEs per status. */
  private async recordResults(task: CampaignTask, results: GroupMsgSendResult[]): Promise<boolean> {
    const groups = new Map<string, { result: GroupMsgSendResult; externalIds: string[] }>();
    for (const result of results) {
      if (!result.external_userid || OUTCOME[result.status].status === null) continue;
      const key = `${result.status}:${result.send_time ?? ''}`;
      const group = groups.get(key) ?? { result, externalIds: [] };
      group.externalIds.push(result.external_userid);
      groups.set(key, group);
    }
    for (const { result, externalIds } of groups.values()) {
      const outcome = OUTCOME[result.status];
      for (let start = 0; start < externalIds.length; start += 1000) {
        await this.dataSource
          .createQueryBuilder()
          .update(Send)
          .set({
            status: outcome.status!,
            exclusionCode: outcome.code,
            failReason: outcome.reason,
            ...(outcome.status === 'delivered' ? { deliveredAt: sentAt(result), sentAt: sentAt(result) } : {}),
          })
          .where('task_id = :taskId AND status = :pending', { taskId: task.id, pending: 'pending_confirm' })
          .andWhere('client_id IN (SELECT c.id FROM clients c WHERE c.external_userid IN (:...ids))', { ids: externalIds.slice(start, start + 1000) })
          .execute();
      }
    }
    const left = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from('sends', 's')
      .where('s.task_id = :taskId AND s.status <> :delivered', { taskId: task.id, delivered: 'delivered' })
      .getRawOne<{ n: number | string }>();
    return Number(left?.n ?? 0) === 0;
  }

  /** Group chats are not known before WeCom reports them: one send row per chat, inserted once. */
  private async recordGroupResults(campaign: Campaign, task: CampaignTask, results: GroupMsgSendResult[]): Promise<boolean> {
    const rows: Partial<Send>[] = results
      .filter((r) => r.chat_id && OUTCOME[r.status].status !== null)
      .map((r) => ({
        channel: 'group_mass' as const,
        status: OUTCOME[r.status].status!,
        staffId: task.staffId,
        chatId: r.chat_id ?? null,
        contentKind: campaign.contentKind,
        contentId: campaign.contentId,
        versionId: campaign.versionId ?? 0,
        variantId: campaign.variantId,
        approverId: campaign.approverId,
        campaignId: campaign.id,
        taskId: task.id,
        wecomMsgid: task.msgid,
        exclusionCode: OUTCOME[r.status].code,
        failReason: OUTCOME[r.status].reason,
        idempotencyKey: `task:${task.id}:chat:${r.chat_id}`,
        sentAt: sentAt(r),
        deliveredAt: r.status === 1 ? sentAt(r) : null,
        createdAt: this.clock.now(),
      }));
    for (let start = 0; start < rows.length; start += 500) {
      await this.dataSource.createQueryBuilder().insert().into(Send).values(rows.slice(start, start + 500)).orIgnore().updateEntity(false).execute();
    }
    return rows.every((row) => row.status === 'delivered');
  }

  private async allPages<T>(page: (cursor?: string) => Promise<{ items: T[]; next_cursor?: string }>, api: string): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      await this.limiter.acquire(api);
      const next = await page(cursor);
      items.push(...next.items);
      cursor = next.next_cursor;
    } while (cursor);
    return items;
  }
}
