import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type DataSource, In, type Repository } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { JOB_QUEUE, type JobQueue } from '../../../common/queue/job-queue.js';
import { Staff } from '../../org/staff.entity.js';
import { CampaignContent, type ContentVerdict, isProductContent } from '../campaigns/campaign-content.js';
import type { Campaign } from '../campaigns/campaign.entities.js';
import { mintTrackedLinkToken } from '../sends/mint-tracked-link.js';
import { TrackedLink } from '../sends/tracked-link.entity.js';
import type { CreateMomentsInput, MomentsTaskDto } from './moments.dto.js';
import { MomentsTask } from './moments-task.entity.js';

export const MOMENTS_JOBS = { submit: 'moments.submit', poll: 'moments.poll' } as const;
export interface MomentsJob {
  momentsTaskId: number;
  key: string;
}

const HQ_ROLES = new Set(['hq', 'admin']);

/** Moments posts (客户朋友圈) for one advisor or, from HQ, many (visible_range.sender_list ≤ 100,000). */
@Injectable()
export class MomentsService {
  constructor(
    @InjectRepository(MomentsTask) private readonly tasks: Repository<MomentsTask>,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: CampaignContent,
    private readonly audit: AuditService,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: CreateMomentsInput): Promise<MomentsTaskDto> {
    const senders = await this.sendersFor(actor, input.senderStaffIds);
    const verdict = await this.content.check(actor, { contentKind: input.contentKind, contentId: input.contentId, variantId: input.variantId ?? null }, 'moments');
    if (verdict.block) throw new AppError(verdict.block.code, verdict.block.reasonZh);
    if (isProductContent(verdict.content)) {
      throw new AppError('SUITABILITY_MISMATCH', '朋友圈对投顾的全部客户可见，产品类或带风险等级的内容不能发布到朋友圈。');
    }
    const task = await this.insert(actor.staffId, null, verdict, senders, `moments:${randomBytes(12).toString('base64url')}`);
    await this.audit.record(actor, { action: 'moments.created', targetType: 'moments_task', targetId: task.id, details: { versionId: task.versionId, senders: senders.length } });
    return toDto(task);
  }

  async createForCampaign(campaign: Campaign, verdict: ContentVerdict, senders: string[]): Promise<void> {
    // Keyed by the campaign, so a planning run that is repeated after a crash does not post twice.
    const key = `moments:campaign:${campaign.uid}`;
    if (senders.length > 0 && !(await this.tasks.existsBy({ idempotencyKey: key }))) await this.insert(campaign.createdBy, campaign.id, verdict, senders, key);
  }

  async list(actor: Actor): Promise<MomentsTaskDto[]> {
    const where = HQ_ROLES.has(actor.role) ? {} : { createdBy: actor.staffId };
    return (await this.tasks.find({ where, order: { id: 'DESC' }, take: 100 })).map(toDto);
  }

  async get(actor: Actor, id: number): Promise<MomentsTaskDto> {
    const task = await this.tasks.findOneBy({ id });
    if (!task || (!HQ_ROLES.has(actor.role) && task.createdBy !== actor.staffId)) throw notFound('朋友圈任务');
    return toDto(task);
  }

  private async insert(createdBy: number, campaignId: number | null, verdict: ContentVerdict, senders: string[], key: string): Promise<MomentsTask> {
    const linkToken = verdict.message.material ? mintTrackedLinkToken() : null;
    const task = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(MomentsTask).save(
        manager.getRepository(MomentsTask).create({
          campaignId,
          createdBy,
          contentKind: verdict.version.kind,
          contentId: verdict.version.contentId,
          versionId: verdict.version.versionId,
          variantId: verdict.version.variant?.id ?? null,
          approverId: verdict.version.approvedBy?.id ?? null,
          text: verdict.message.text ?? verdict.message.material?.desc ?? null,
          senderUserids: senders,
          senderCount: senders.length,
          status: 'pending',
          idempotencyKey: key,
          linkToken,
          createdAt: this.clock.now(),
        }),
      );
      if (linkToken) {
        await manager.getRepository(TrackedLink).insert({
          token: linkToken, sendId: null, clientId: null, staffId: createdBy, campaignId, taskId: null,
          contentKind: verdict.version.kind, contentId: verdict.version.contentId, versionId: verdict.version.versionId,
          variantId: verdict.version.variant?.id ?? null, createdAt: this.clock.now(),
        });
      }
      return saved;
    });
    await this.queue.enqueue(MOMENTS_JOBS.submit, { momentsTaskId: task.id, key } satisfies MomentsJob, { idempotencyKey: `${key}:submit`, maxAttempts: 8 });
    return task;
  }

  /** Advisors post as themselves; HQ names the advisors (active staff with a WeCom account). */
  private async sendersFor(actor: Actor, staffIds: number[] | undefined): Promise<string[]> {
    if (!HQ_ROLES.has(actor.role) || !staffIds || staffIds.length === 0) {
      if (!actor.wecomUserId) throw new AppError('VALIDATION_FAILED', '当前账号未开通企业微信，不能发布朋友圈');
      return [actor.wecomUserId];
    }
    const rows = await this.staff.find({ select: { wecomUserId: true }, where: { id: In([...new Set(staffIds)]), status: 'active' } });
    const senders = rows.map((row) => row.wecomUserId).filter((id): id is string => id !== null);
    if (senders.length === 0) throw new AppError('VALIDATION_FAILED', '所选员工均未开通企业微信');
    return senders;
  }
}

export function toDto(task: MomentsTask): MomentsTaskDto {
  return {
    id: task.id,
    campaignId: task.campaignId,
    contentKind: task.contentKind,
    contentId: task.contentId,
    versionId: task.versionId,
    approverId: task.approverId,
    status: task.status,
    senderCount: task.senderCount,
    momentId: task.momentId,
    invalidSenders: task.invalidSenders ?? [],
    error: task.errmsg,
    createdAt: task.createdAt,
    completedAt: task.completedAt,
  };
}
