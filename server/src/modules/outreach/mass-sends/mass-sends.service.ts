import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { AudienceEvaluator } from '../campaigns/audience-evaluator.js';
import { CampaignContent, type ContentVerdict } from '../campaigns/campaign-content.js';
import { Campaign, type CampaignAudience } from '../campaigns/campaign.entities.js';
import { CampaignPlanner } from '../campaigns/campaign-planner.js';
import { CampaignReports } from '../campaigns/campaign-reports.js';
import { audienceOf } from '../campaigns/campaign-views.js';
import type { CampaignDetailDto, CampaignPageDto, CampaignQuery, ExclusionDto, SyncReportDto } from '../campaigns/campaigns.dto.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import type { RecipientDecision } from '../campaigns/eligibility.js';
import { TaskMessageFactory } from '../campaigns/task-message.js';
import { linkUrls, shareParams } from '../content/message-builders.js';
import { mintTrackedLinkToken } from '../sends/mint-tracked-link.js';
import { Send } from '../sends/send.entity.js';
import { SEND_RECORDED, type SendRecordedEvent } from '../sends/send-events.js';
import { SendsService } from '../sends/sends.service.js';
import type { MassSendInput, MassSendPreviewDto, SharePayloadDto } from './mass-sends.dto.js';
import { ShareRecorder } from './share-recorder.js';

const PREVIEW_EXCLUDED_LIMIT = 200;
/** shareToExternalContact: "每次群发最多可选 20000 个客户" (WECOM.md §1.3). */
const SHARE_MAX_RECIPIENTS = 20_000;

type Eligible = Extract<RecipientDecision, { eligible: true }>;
type Excluded = Extract<RecipientDecision, { eligible: false }>;

/**
 * An advisor's own mass send: the campaign machinery with the advisor as the only sender (one WeCom
 * add_msg_template per ≤ 10,000 clients, confirmed by the advisor in WeCom), or WeCom's own picker
 * through shareToExternalContact.
 */
@Injectable()
export class MassSendsService {
  constructor(
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly content: CampaignContent,
    private readonly evaluator: AudienceEvaluator,
    private readonly lifecycle: CampaignsService,
    private readonly planner: CampaignPlanner,
    private readonly reports: CampaignReports,
    private readonly messages: TaskMessageFactory,
    private readonly shares: ShareRecorder,
    private readonly sends: SendsService,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async preview(actor: Actor, input: MassSendInput): Promise<MassSendPreviewDto> {
    const verdict = await this.sendableVerdict(actor, input, 'mass');
    const { eligible, excluded, names } = await this.decide(actor, audienceOf(input.audience), verdict, 'mass', PREVIEW_EXCLUDED_LIMIT);
    return { eligible: eligible.length, ...exclusionSummary(excluded.all, excluded.listed, names), version: verdict.version };
  }

  /** Plans at once (an advisor's audience is their own clients), then hands the task(s) to the queue. */
  async create(actor: Actor, input: MassSendInput): Promise<CampaignDetailDto> {
    const verdict = await this.sendableVerdict(actor, input, 'mass');
    const campaign = await this.lifecycle.create(actor, { ...input, name: input.name ?? verdict.version.title, channel: 'mass' }, 'advisor');
    await this.campaigns.update({ id: campaign.id }, { status: 'planning', launchedAt: this.clock.now() });
    await this.planner.plan({ ...campaign, status: 'planning' });
    const planned = await this.lifecycle.require(campaign.id);
    if (planned.status === 'fanning_out') await this.planner.enqueueFanout(planned);
    await this.audit.record(actor, { action: 'mass_send.created', targetType: 'campaign', targetId: campaign.id, details: { eligible: planned.eligibleCount, tasks: planned.taskCount } });
    return this.reports.detail(planned);
  }

  list(actor: Actor, query: CampaignQuery): Promise<CampaignPageDto> {
    return this.reports.page({ ...query, origin: 'advisor' }, actor.staffId);
  }

  async get(actor: Actor, id: number): Promise<CampaignDetailDto> {
    return this.reports.detail(await this.own(actor, id));
  }

  async sync(actor: Actor, id: number): Promise<SyncReportDto> {
    return this.lifecycle.syncNow((await this.own(actor, id)).id);
  }

  /** WeCom's own picker: the exact shareToExternalContact params, recorded as prepared 'share' sends. */
  async sharePayload(actor: Actor, input: MassSendInput): Promise<SharePayloadDto> {
    const verdict = await this.sendableVerdict(actor, input, 'share');
    const { eligible, excluded, names } = await this.decide(actor, audienceOf(input.audience), verdict, 'share', PREVIEW_EXCLUDED_LIMIT);
    const recipients = eligible.slice(0, SHARE_MAX_RECIPIENTS);
    if (recipients.length === 0) throw new AppError('VALIDATION_FAILED', '没有可以分享的客户', exclusionSummary(excluded.all, excluded.listed, names));
    const campaign = await this.lifecycle.create(actor, { ...input, name: input.name ?? verdict.version.title, channel: 'mass' }, 'advisor');
    const now = this.clock.now();
    await this.campaigns.update(
      { id: campaign.id },
      { channel: 'share', status: 'running', launchedAt: now, plannedAt: now, versionId: verdict.version.versionId, approverId: verdict.version.approvedBy?.id ?? null, message: verdict.message, eligibleCount: recipients.length, excludedCount: excluded.all.length },
    );
    const linkToken = verdict.message.material ? mintTrackedLinkToken() : null;
    await this.shares.record(campaign.id, actor.staffId, verdict, recipients, excluded.all, linkToken, now);
    const links = linkToken ? linkUrls(this.config.publicBaseUrl, linkToken) : null;
    const params = shareParams(verdict.message, links, await this.messages.mediaIds(verdict.message));
    const summary = exclusionSummary(excluded.all, excluded.listed, names);
    return {
      shareId: campaign.id,
      params: { ...params, externalUserIds: recipients.map((r) => r.externalUserId) },
      eligible: recipients.length,
      excludedTotal: summary.excludedTotal,
      countsByReason: summary.countsByReason,
      ...(eligible.length > SHARE_MAX_RECIPIENTS ? { truncated: true } : {}),
    };
  }

  /** shareToExternalContact resolved: the advisor sent it from WeCom's picker. */
  async shareResult(actor: Actor, id: number, errMsg: string | undefined): Promise<CampaignDetailDto> {
    const campaign = await this.own(actor, id);
    if (campaign.channel !== 'share') throw new AppError('INVALID_STATE', '这不是一次分享群发');
    const now = this.clock.now();
    const status = errMsg === undefined ? 'sent' : 'failed';
    const ids = (await this.dataSource.getRepository(Send).find({ select: { id: true, clientId: true }, where: { campaignId: id, status: 'prepared' } }));
    await this.dataSource.createQueryBuilder().update(Send).set(errMsg === undefined ? { status, sentAt: now } : { status, failReason: errMsg.slice(0, 500) }).where('campaign_id = :id AND status = :prepared', { id, prepared: 'prepared' }).execute();
    await this.campaigns.update({ id, status: 'running' }, errMsg === undefined ? { status: 'completed', completedAt: now } : { status: 'failed', failureReason: errMsg.slice(0, 500) });
    if (errMsg === undefined) {
      await this.sends.countSent(campaign.contentKind, campaign.contentId, ids.length);
      for (const send of ids) this.events.emit(SEND_RECORDED, { sendId: send.id, clientId: send.clientId, staffId: actor.staffId, at: now } satisfies SendRecordedEvent);
    }
    await this.audit.record(actor, { action: errMsg === undefined ? 'share.confirmed' : 'share.failed', targetType: 'campaign', targetId: id, details: { sends: ids.length, versionId: campaign.versionId, approverId: campaign.approverId } });
    return this.reports.detail(await this.lifecycle.require(id));
  }

  private async sendableVerdict(actor: Actor, input: MassSendInput, channel: 'mass' | 'share'): Promise<ContentVerdict> {
    const verdict = await this.content.check(actor, { contentKind: input.contentKind, contentId: input.contentId, variantId: input.variantId ?? null }, channel);
    if (verdict.block) throw new AppError(verdict.block.code, verdict.block.reasonZh);
    return verdict;
  }

  private async decide(actor: Actor, audience: CampaignAudience, verdict: ContentVerdict, channel: 'mass' | 'share', listLimit: number) {
    const rules = await this.evaluator.rules(verdict, channel, actor.staffId);
    const eligible: Eligible[] = [];
    const excluded = { all: [] as Excluded[], listed: [] as Excluded[] };
    const names = new Map<number, string>();
    for await (const page of this.evaluator.pages(actor, audience, rules)) {
      for (const decision of page.decisions) {
        if (decision.eligible) {
          eligible.push(decision);
          continue;
        }
        excluded.all.push(decision);
        if (excluded.listed.length < listLimit) {
          excluded.listed.push(decision);
          names.set(decision.clientId, page.names.get(decision.clientId) ?? '');
        }
      }
    }
    return { eligible, excluded, names };
  }

  private async own(actor: Actor, id: number): Promise<Campaign> {
    const campaign = await this.campaigns.findOneBy({ id, origin: 'advisor', createdBy: actor.staffId });
    if (!campaign) throw notFound('群发');
    return campaign;
  }
}

function exclusionSummary(all: Excluded[], listed: Excluded[], names: Map<number, string>) {
  const countsByReason: Record<string, number> = {};
  for (const d of all) countsByReason[d.code] = (countsByReason[d.code] ?? 0) + 1;
  const excluded: ExclusionDto[] = listed.map((d) => ({ clientId: d.clientId, clientName: names.get(d.clientId) ?? '', staffId: d.staffId, code: d.code, reasonZh: d.reason }));
  return { excludedTotal: all.length, countsByReason, excluded, excludedTruncated: all.length > listed.length };
}
