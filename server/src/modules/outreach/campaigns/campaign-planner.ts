import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { Staff } from '../../org/staff.entity.js';
import { MomentsService } from '../moments/moments.service.js';
import { AudienceEvaluator } from './audience-evaluator.js';
import { CampaignContent, type ContentVerdict, isProductContent } from './campaign-content.js';
import { Campaign, CampaignTask } from './campaign.entities.js';
import { batchJobKey, CAMPAIGN_JOBS, type TaskBatchJob } from './campaign-job-names.js';
import { PlanWriter } from './plan-writer.js';
import { actorOf } from './staff-actor.js';

/** Tasks per fan-out job: 500 advisors → 20 jobs. */
const TASKS_PER_JOB = 25;

export interface PlanSummary {
  eligible: number;
  excluded: number;
  tasks: number;
}

/**
 * Planning (a queue job): audience → per-client decision (sender, suitability, budget) → exclusion
 * report + one task per advisor per ≤ 10,000 clients + one queued send per eligible client, then the
 * fan-out jobs. Planning writes nothing to WeCom, so a planning job that died is simply planned again
 * from scratch; the campaign moves to fanning_out only once every row is written.
 */
@Injectable()
export class CampaignPlanner {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(CampaignTask) private readonly tasks: Repository<CampaignTask>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly content: CampaignContent,
    private readonly evaluator: AudienceEvaluator,
    private readonly writer: PlanWriter,
    private readonly moments: MomentsService,
  ) {}

  async run(campaignId: number, uid: string): Promise<string> {
    await this.campaigns.update({ id: campaignId, uid, status: 'scheduled' }, { status: 'planning' });
    const campaign = await this.campaigns.findOneBy({ id: campaignId, uid });
    if (!campaign) return 'stale job';
    if (campaign.status === 'planning') await this.plan(campaign);
    const current = await this.campaigns.findOneByOrFail({ id: campaignId });
    if (current.status === 'fanning_out') await this.enqueueFanout(current);
    return current.status;
  }

  /** Plans the campaign (its creator's scope decides the audience). Also used inline for an advisor's own mass send. */
  async plan(campaign: Campaign): Promise<PlanSummary | null> {
    const creator = await this.staff.findOneByOrFail({ id: campaign.createdBy });
    const verdict = await this.content.check(actorOf(creator), campaign, campaign.channel === 'moments' ? 'moments' : 'mass');
    const refusal = verdict.block ?? this.channelRefusal(campaign, verdict);
    if (refusal) {
      await this.campaigns.update({ id: campaign.id, status: 'planning' }, { status: 'failed', failureCode: refusal.code, failureReason: refusal.reasonZh });
      return null;
    }
    await this.writer.clear(campaign.id);
    const summary = await this.assign(campaign, verdict, creator);
    if (campaign.channel === 'moments') await this.moments.createForCampaign(campaign, verdict, summary.senders);
    const nothingToSend = campaign.channel === 'moments' ? summary.senders.length === 0 : summary.tasks === 0;
    const finished = await this.campaigns.update(
      { id: campaign.id, status: 'planning' },
      {
        status: nothingToSend ? 'completed' : campaign.channel === 'moments' ? 'running' : 'fanning_out',
        versionId: verdict.version.versionId,
        approverId: verdict.version.approvedBy?.id ?? null,
        message: verdict.message,
        eligibleCount: summary.eligible,
        excludedCount: summary.excluded,
        taskCount: summary.tasks,
        plannedAt: this.clock.now(),
        ...(nothingToSend ? { completedAt: this.clock.now() } : {}),
      },
    );
    // Cancelled while planning: nothing of it may stay queued (queued sends count against the budget).
    if ((finished.affected ?? 0) === 0) await this.writer.clear(campaign.id);
    return summary;
  }

  /**
   * One job per batch of tasks, keyed by its first task: enqueueing again (a repeated planning job) adds
   * nothing. Batches keep the job count (and its enqueue cost) small at 500 advisors while the workers
   * of every instance still share the fan-out.
   */
  async enqueueFanout(campaign: Campaign): Promise<void> {
    const open = await this.tasks.find({ select: { id: true }, where: { campaignId: campaign.id, status: In(['pending', 'submitting']) }, order: { id: 'ASC' } });
    const batches: number[][] = [];
    for (let start = 0; start < open.length; start += TASKS_PER_JOB) batches.push(open.slice(start, start + TASKS_PER_JOB).map((task) => task.id));
    await Promise.all(
      batches.map((taskIds) =>
        this.queue.enqueue(CAMPAIGN_JOBS.submitTask, { campaignUid: campaign.uid, taskIds } satisfies TaskBatchJob, {
          idempotencyKey: batchJobKey(campaign.uid, taskIds[0]!),
          maxAttempts: 10,
        }),
      ),
    );
  }

  /** Group chats and moments are seen by people of every risk level: only non-product content goes there. */
  private channelRefusal(campaign: Campaign, verdict: ContentVerdict): ContentVerdict['block'] {
    if (campaign.channel === 'mass' || campaign.channel === 'share' || !isProductContent(verdict.content)) return null;
    const where = campaign.channel === 'moments' ? '朋友圈对投顾的全部客户可见' : '客户群内成员的风险等级各不相同';
    return { code: 'SUITABILITY_MISMATCH', reasonZh: `${where}，产品类或带风险等级的内容不能通过该渠道发送。` };
  }

  private async assign(campaign: Campaign, verdict: ContentVerdict, creator: Staff): Promise<PlanSummary & { senders: string[] }> {
    const rules = await this.evaluator.rules(verdict, 'mass', campaign.origin === 'advisor' ? creator.id : null);
    const plan = this.writer.begin(campaign, verdict, rules.now);
    // Write page n while page n+1 is read: the writes stay in order, the reads overlap them.
    let writing: Promise<void> = Promise.resolve();
    for await (const page of this.evaluator.pages(actorOf(creator), campaign.audience, rules)) {
      await writing;
      writing = plan.add(page.decisions, campaign.channel);
      writing.catch(() => undefined); // awaited on the next turn; this only keeps Node from calling it unhandled meanwhile
    }
    await writing;
    return plan.finish();
  }
}
