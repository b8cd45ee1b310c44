import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ErrorCode } from '@valuelens/contracts';
import { In, type Repository } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { ScreeningService } from '../../compliance/screening/screening.service.js';
import { SendGateService } from '../../compliance/send-gate/send-gate.service.js';
import { SENDABLE_CONTENT, type GateContent, type SendableContentSource } from '../../compliance/send-gate/sendable-content-source.js';
import type { GateContext, SentVersionInfo } from '../../compliance/send-gate/send-gate.types.js';
import { ComplianceSettingsService } from '../../compliance/settings/compliance-settings.service.js';
import type { ContentKind } from '../../library/library.constants.js';
import { Department } from '../../org/department.entity.js';
import type { OutgoingMessage } from '../content/outgoing-message.js';
import { composeMessage, OutreachContentService } from '../content/outreach-content.service.js';

export interface ContentVerdict {
  /** The first blocking content-level step (approval or screening), if any. */
  block: { code: ErrorCode; reasonZh: string } | null;
  content: GateContent;
  version: SentVersionInfo;
  message: OutgoingMessage;
}

export interface ContentRef {
  contentKind: ContentKind;
  contentId: number;
  variantId: number | null;
}

export type SenderCheck = (sender: Actor) => Promise<ContentVerdict>;

/** No recipient: client variables stay generic (the same message goes to everyone). */
const EVERYONE = { target: { chatId: '' }, members: [], unknownMembers: 0 };

/**
 * The content half of the send gate for a mass channel: approval and screening for the whole campaign
 * (the same words go to every recipient), with the sender's name and branch filled into the template.
 * The recipient half (suitability, budget) is decided per client by the planner. A checker loads the
 * content, settings and lexicon once and then judges for any number of senders.
 */
@Injectable()
export class CampaignContent {
  constructor(
    private readonly gate: SendGateService,
    private readonly settings: ComplianceSettingsService,
    private readonly screening: ScreeningService,
    @Inject(SENDABLE_CONTENT) private readonly sendable: SendableContentSource,
    private readonly outreachContent: OutreachContentService,
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async check(sender: Actor, ref: ContentRef, channel: 'mass' | 'moments' | 'share'): Promise<ContentVerdict> {
    return (await this.checker(ref, channel, [sender]))(sender);
  }

  async checker(ref: ContentRef, channel: 'mass' | 'moments' | 'share', senders: readonly Actor[]): Promise<SenderCheck> {
    const [content, settings, screener] = await Promise.all([this.sendable.load(ref.contentKind, ref.contentId, ref.variantId), this.settings.current(), this.screening.screener()]);
    const departmentIds = [...new Set(senders.map((s) => s.departmentId).filter((id): id is number => id !== null))];
    const branches = new Map((departmentIds.length > 0 ? await this.departments.findBy({ id: In(departmentIds) }) : []).map((d) => [d.id, d.name]));
    const cards = new Map<number, Awaited<ReturnType<OutreachContentService['cardOf']>>>();
    return async (sender) => {
      const context: GateContext = {
        now: this.clock.now(),
        recipient: EVERYONE,
        history: [],
        policy: settings.frequency,
        disclaimer: settings.disclaimers,
        screener,
        advisor: { name: sender.name, wecomUserId: sender.wecomUserId, branchName: sender.departmentId === null ? null : (branches.get(sender.departmentId) ?? null) },
      };
      const result = this.gate.evaluate(context, content, { channel });
      const blocking = result.steps.find((step) => (step.step === 'approval' || step.step === 'screening') && step.outcome === 'block');
      if (!cards.has(result.version.versionId)) cards.set(result.version.versionId, await this.outreachContent.cardOf(result.version));
      return {
        block: blocking?.code ? { code: blocking.code, reasonZh: blocking.reason } : null,
        content,
        version: result.version,
        message: composeMessage(cards.get(result.version.versionId) ?? null, result.outgoingText),
      };
    };
  }
}

/** Product content reaches only clients assessed for it, so it may not go where anyone can see it. */
export function isProductContent(content: GateContent): boolean {
  return content.version.isProductRelated || content.version.riskLevel !== null;
}
