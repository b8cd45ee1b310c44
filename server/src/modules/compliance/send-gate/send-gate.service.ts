import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { LoadingCache } from '../../../common/cache/ttl-cache.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { AppError } from '../../../common/errors/app-error.js';
import { fillTemplate } from '../../library/content/template-filler.js';
import { Department } from '../../org/department.entity.js';
import type { PastSend } from '../rules/frequency-budget.js';
import { evaluateSendGate } from '../rules/send-gate.js';
import { startOfShanghaiMonth, startOfShanghaiWeek } from '../rules/shanghai-time.js';
import { decideSuitability } from '../rules/suitability.js';
import { ScreeningService } from '../screening/screening.service.js';
import { ComplianceSettingsService } from '../settings/compliance-settings.service.js';
import { SENDABLE_CONTENT, type GateContent, type SendableContentSource } from './sendable-content-source.js';
import { SEND_HISTORY_SOURCE, type SendHistorySource, type SendTarget } from './send-history-source.js';
import type { GateContext, Recipient, RecipientFacts, SendCheckRequest, SendCheckResult } from './send-gate.types.js';
import { SendRecipientLoader } from './send-recipient.loader.js';

const BRANCH_NAME_TTL_MS = 60_000;

/**
 * The one gate every send path passes (sidebar send, mass-send, moments, share; DESIGN §4 step 2):
 * approval → suitability → screening → frequency, via the pure evaluateSendGate, fed with the
 * client's risk facts, the stored settings, the current lexicon and the send history.
 */
@Injectable()
export class SendGateService {
  private readonly branchNames = new LoadingCache<number, string | null>(BRANCH_NAME_TTL_MS, 10_000);

  constructor(
    private readonly recipients: SendRecipientLoader,
    private readonly screening: ScreeningService,
    private readonly settings: ComplianceSettingsService,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @Inject(SENDABLE_CONTENT) private readonly content: SendableContentSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(SEND_HISTORY_SOURCE) private readonly history: SendHistorySource | null,
    private readonly audit: AuditService,
  ) {}

  async check(actor: Actor, request: SendCheckRequest): Promise<SendCheckResult> {
    const recipient = await this.recipients.load(actor, request);
    const context = await this.contextFor(actor, recipient);
    const content = await this.content.load(request.contentKind, request.contentId, request.variantId ?? null);
    return this.evaluate(context, content, request);
  }

  /** For send paths: the checked result, or the blocking code as an AppError with the reason and steps. */
  async require(actor: Actor, request: SendCheckRequest): Promise<SendCheckResult> {
    const result = await this.check(actor, request);
    // Refusals and warnings on real send paths are compliance flags in the manager's analytics.
    const target = { targetType: request.clientId ? 'client' : 'group_chat', targetId: request.clientId ?? request.chatId };
    if (!result.allowed) {
      await this.audit.record(actor, { action: 'send.blocked', ...target, details: { code: result.code, contentKind: request.contentKind, contentId: request.contentId } });
    } else if (result.warnings.length > 0) {
      await this.audit.record(actor, { action: 'send.warned', ...target, details: { warnings: result.warnings.length, contentKind: request.contentKind, contentId: request.contentId } });
    }
    if (!result.allowed) {
      throw new AppError(result.code ?? 'INVALID_STATE', result.reasonZh, {
        steps: result.steps,
        nextAllowedAt: result.nextAllowedAt,
        hits: result.screening?.hits ?? [],
      });
    }
    return result;
  }

  /** How far back the frequency budget looks at `now`: the start of this week or of this month, whichever is earlier. */
  historySince(now: Date): Date {
    return new Date(Math.min(startOfShanghaiWeek(now).getTime(), startOfShanghaiMonth(now).getTime()));
  }

  /**
   * Loads what does not depend on the content once, so ranking many items costs no extra queries. A caller that
   * already read the recipient's sends since historySince(now) passes them instead of having them read again.
   */
  async contextFor(actor: Actor, recipient: Recipient, sends?: readonly PastSend[]): Promise<GateContext> {
    const now = this.clock.now();
    const since = this.historySince(now);
    const target: SendTarget = recipient.target;
    const [settings, screener, history, branch] = await Promise.all([
      this.settings.current(),
      this.screening.screener(),
      sends ? sends.filter((s) => s.at >= since) : this.history ? this.history.sendsTo(target, since) : Promise.resolve([]),
      actor.departmentId === null ? Promise.resolve(null) : this.branchName(actor.departmentId),
    ]);
    return {
      now,
      recipient,
      history,
      policy: settings.frequency,
      disclaimer: settings.disclaimers,
      screener,
      advisor: { name: actor.name, wecomUserId: actor.wecomUserId, branchName: branch },
    };
  }

  /** The advisor's department name for {{branchName}}: read on every ranking, renamed almost never. */
  private branchName(departmentId: number): Promise<string | null> {
    return this.branchNames.get(departmentId, async () => (await this.departments.findOneBy({ id: departmentId }))?.name ?? null);
  }

  async recipientForClient(actor: Actor, clientId: number): Promise<Recipient> {
    return this.recipients.forClient(actor, clientId);
  }

  evaluate(context: GateContext, content: GateContent, request: Pick<SendCheckRequest, 'editedText' | 'channel' | 'liveConversation'>): SendCheckResult {
    const { now, recipient } = context;
    const { member, label } = strictestMember(recipient, content, now);
    const rawText = request.editedText ?? content.text;
    const text = fillTemplate(rawText, {
      clientName: recipient.members.length === 1 && 'clientId' in recipient.target ? member?.name ?? null : null,
      clientGender: recipient.members.length === 1 && 'clientId' in recipient.target ? member?.gender ?? null : null,
      advisorName: context.advisor.name,
      productName: content.productName,
      today: now,
      branchName: context.advisor.branchName,
    });
    const version = content.version;
    const result = evaluateSendGate({
      now,
      content: {
        status: version.status,
        validFrom: version.validFrom,
        validUntil: version.validUntil,
        approvedBy: version.approvedBy,
        approvedAt: version.approvedAt,
        riskLevel: version.riskLevel,
        isProduct: version.isProductRelated,
        ...(version.disclaimerType ? { contentType: version.disclaimerType } : {}),
      },
      client: { riskLevel: member?.riskLevel ?? null, assessmentExpiresAt: member?.riskExpiresAt ?? null },
      send: {
        channel: request.channel,
        memberId: context.advisor.wecomUserId,
        liveConversation: request.liveConversation ?? false,
        history: context.history,
        policy: context.policy,
      },
      advisorText: text.trim().length > 0 ? text : null,
      screener: context.screener,
      disclaimer: context.disclaimer,
    });
    const steps = result.steps.map((step) =>
      step.step === 'suitability' && step.outcome === 'block' && label ? { ...step, reason: `${label}：${step.reason}` } : step,
    );
    const blocking = steps.find((step) => step.outcome === 'block') ?? null;
    return {
      allowed: result.allowed,
      ...(blocking?.code ? { code: blocking.code } : {}),
      reasonZh: blocking?.reason ?? summaryOfPass(result.warnings.length),
      nextAllowedAt: blocking?.step === 'frequency' ? result.nextAllowedAt ?? null : null,
      steps,
      warnings: result.warnings,
      screening: result.screening,
      version: {
        kind: content.kind,
        contentId: content.contentId,
        versionId: version.id,
        versionNo: version.versionNo,
        title: version.title,
        status: version.status,
        approvedBy: version.approvedBy === null ? null : { id: Number(version.approvedBy), name: version.approverName },
        approvedAt: version.approvedAt,
        validUntil: version.validUntil,
        variant: content.variant,
      },
      outgoingText: result.outgoingText,
    };
  }
}

function summaryOfPass(warningCount: number): string {
  return warningCount > 0 ? `可以发送，但有${warningCount}处表述需要确认。` : '已通过审批、适当性、用语和频次检查，可以发送。';
}

/**
 * The member whose suitability decides: the first one the content does not suit, else the first one.
 * Unknown group members stand in as an unassessed client.
 */
function strictestMember(recipient: Recipient, content: GateContent, now: Date): { member: RecipientFacts | null; label: string | null } {
  const isGroup = 'chatId' in recipient.target;
  const suits = (member: RecipientFacts | null): boolean =>
    decideSuitability({
      clientRisk: member?.riskLevel ?? null,
      assessmentExpiresAt: member?.riskExpiresAt ?? null,
      contentRisk: content.version.riskLevel,
      isProductContent: content.version.isProductRelated,
      now,
    }).allowed;
  const unsuited = recipient.members.find((member) => !suits(member));
  if (unsuited) return { member: unsuited, label: isGroup ? `群成员${unsuited.name}` : null };
  if (recipient.unknownMembers > 0 && !suits(null)) {
    return { member: null, label: `群内有${recipient.unknownMembers}位未建档客户` };
  }
  return { member: recipient.members[0] ?? null, label: null };
}
