import { Inject, Injectable } from '@nestjs/common';
import type { ErrorCode } from '@valuelens/contracts';
import type { Actor } from '../../../common/auth/actor.js';
import { SendGateService } from '../../compliance/send-gate/send-gate.service.js';
import { SENDABLE_CONTENT, type GateContent, type SendableContentSource } from '../../compliance/send-gate/sendable-content-source.js';
import type { SentVersionInfo } from '../../compliance/send-gate/send-gate.types.js';
import type { ContentKind } from '../../library/library.constants.js';
import type { OutgoingMessage } from '../content/outgoing-message.js';
import { OutreachContentService } from '../content/outreach-content.service.js';

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

/**
 * The content half of the send gate for a mass channel: approval and screening once for the whole
 * campaign (the same words go to every recipient), with the sender's name filled into the template.
 * The recipient half (suitability, budget) is decided per client by the planner.
 */
@Injectable()
export class CampaignContent {
  constructor(
    private readonly gate: SendGateService,
    @Inject(SENDABLE_CONTENT) private readonly sendable: SendableContentSource,
    private readonly outreachContent: OutreachContentService,
  ) {}

  async check(sender: Actor, ref: ContentRef, channel: 'mass' | 'moments' | 'share'): Promise<ContentVerdict> {
    const content = await this.sendable.load(ref.contentKind, ref.contentId, ref.variantId);
    // No recipient: client variables stay generic (the same message goes to everyone).
    const context = await this.gate.contextFor(sender, { target: { chatId: '' }, members: [], unknownMembers: 0 });
    const result = this.gate.evaluate(context, content, { channel });
    const blocking = result.steps.find((step) => (step.step === 'approval' || step.step === 'screening') && step.outcome === 'block');
    return {
      block: blocking?.code ? { code: blocking.code, reasonZh: blocking.reason } : null,
      content,
      version: result.version,
      message: await this.outreachContent.messageFor(result.version, result.outgoingText),
    };
  }
}

/** Product content reaches only clients assessed for it, so it may not go where anyone can see it. */
export function isProductContent(content: GateContent): boolean {
  return content.version.isProductRelated || content.version.riskLevel !== null;
}
