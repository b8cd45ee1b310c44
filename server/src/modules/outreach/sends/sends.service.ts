import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { SendGateService } from '../../compliance/send-gate/send-gate.service.js';
import { SENDABLE_CONTENT, type SendableContentSource } from '../../compliance/send-gate/sendable-content-source.js';
import { Client } from '../../clients/client.entity.js';
import { WecomMediaService } from '../../library/media/wecom-media.service.js';
import { CampaignTasksReader } from '../campaigns/campaign-tasks.reader.js';
import { chatMessage, linkUrls, type MediaIds } from '../content/message-builders.js';
import type { OutgoingMessage } from '../content/outgoing-message.js';
import { OutreachContentService } from '../content/outreach-content.service.js';
import type { PreparedSendDto, PrepareSendInput, SendRecordDto } from './sends.dto.js';
import { mintTrackedLinkToken } from './mint-tracked-link.js';
import { Send } from './send.entity.js';
import { TrackedLink } from './tracked-link.entity.js';
import { SEND_RECORDED, type SendRecordedEvent, toSendRecordDto } from './send-events.js';

/**
 * One-click send from the sidebar (DESIGN §4 data flow 2): gate → sends row + tracked link → the exact
 * sendChatMessage body; the sidebar then confirms (or reports the failure) once WeCom answered.
 */
@Injectable()
export class SendsService {
  constructor(
    @InjectRepository(Send) private readonly sends: Repository<Send>,
    @InjectRepository(Client) private readonly clients: Repository<Client>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly gate: SendGateService,
    @Inject(SENDABLE_CONTENT) private readonly content: SendableContentSource,
    private readonly outreachContent: OutreachContentService,
    private readonly media: WecomMediaService,
    private readonly tasks: CampaignTasksReader,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async prepare(actor: Actor, input: PrepareSendInput): Promise<PreparedSendDto> {
    if ((input.externalUserId === undefined) === (input.chatId === undefined)) {
      throw new AppError('VALIDATION_FAILED', 'externalUserId 与 chatId 必须且只能提供一个');
    }
    const clientId = input.externalUserId !== undefined ? await this.clientIdOf(input.externalUserId) : undefined;
    const taskId = input.taskId === undefined ? null : (await this.tasks.requireOwnTaskFor(actor, input.taskId, input.contentKind, input.contentId)).id;
    if (input.chatId !== undefined) await this.refuseProductContentInGroups(input.contentKind, input.contentId, input.variantId);
    const checked = await this.gate.require(actor, {
      ...(clientId !== undefined ? { clientId } : { chatId: input.chatId! }),
      contentKind: input.contentKind,
      contentId: input.contentId,
      variantId: input.variantId ?? null,
      editedText: input.editedText ?? null,
      channel: 'chat',
      liveConversation: input.liveConversation ?? false,
    });
    const message = await this.outreachContent.messageFor(checked.version, checked.outgoingText);
    const media = await this.mediaFor(message);
    const { send, token } = await this.record(actor, {
      clientId: clientId ?? null,
      chatId: input.chatId ?? null,
      taskId,
      version: checked.version,
      text: checked.outgoingText ?? message.material?.desc ?? null,
      edited: input.editedText !== undefined,
      withLink: message.material !== null,
    });
    const links = token ? linkUrls(this.config.publicBaseUrl, token) : null;
    const body = chatMessage(message, links, media);
    return {
      sendId: send.id,
      message: body,
      ...(body.msgtype === 'news' && links ? { trackedUrl: links.url } : {}),
      version: checked.version,
      warnings: checked.warnings.map((w) => ({ step: w.step, reasonZh: w.reason, ...(w.hit ? { hit: w.hit } : {}) })),
    };
  }

  /** sendChatMessage resolved: the message is in the chat. Repeating the call is harmless. */
  async confirm(actor: Actor, id: number): Promise<SendRecordDto> {
    const send = await this.own(actor, id);
    if (send.status === 'sent') return toSendRecordDto(send);
    if (send.status !== 'prepared') throw new AppError('INVALID_STATE', '该发送记录已结束，不能再确认');
    const at = this.clock.now();
    const updated = await this.sends.update({ id, status: 'prepared' }, { status: 'sent', sentAt: at });
    if ((updated.affected ?? 0) === 0) return toSendRecordDto(await this.own(actor, id));
    await this.countSent(send.contentKind, send.contentId, 1);
    await this.audit.record(actor, {
      action: 'send.confirmed',
      targetType: 'send',
      targetId: id,
      details: { channel: send.channel, clientId: send.clientId, chatId: send.chatId, versionId: send.versionId, approverId: send.approverId, taskId: send.taskId },
    });
    const event: SendRecordedEvent = { sendId: id, clientId: send.clientId, staffId: send.staffId, at };
    this.events.emit(SEND_RECORDED, event);
    return toSendRecordDto({ ...send, status: 'sent', sentAt: at });
  }

  async fail(actor: Actor, id: number, errMsg: string): Promise<SendRecordDto> {
    const send = await this.own(actor, id);
    if (send.status === 'failed') return toSendRecordDto(send);
    if (send.status !== 'prepared') throw new AppError('INVALID_STATE', '该发送记录已结束');
    await this.sends.update({ id, status: 'prepared' }, { status: 'failed', failReason: errMsg.slice(0, 500) });
    return toSendRecordDto({ ...send, status: 'failed', failReason: errMsg });
  }

  /** "sent_count" on the library item: usage statistics the library shows (content-columns.ts). */
  async countSent(kind: 'script' | 'material', contentId: number, by: number): Promise<void> {
    if (by <= 0) return;
    const table = kind === 'script' ? 'scripts' : 'materials';
    await this.dataSource.query(`UPDATE ${table} SET sent_count = sent_count + ? WHERE id = ?`, [Math.floor(by), contentId]);
  }

  private async record(
    actor: Actor,
    draft: { clientId: number | null; chatId: string | null; taskId: number | null; version: PreparedSendDto['version']; text: string | null; edited: boolean; withLink: boolean },
  ): Promise<{ send: Send; token: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      const send = await manager.getRepository(Send).save(
        manager.getRepository(Send).create({
          channel: 'chat',
          status: 'prepared',
          staffId: actor.staffId,
          clientId: draft.clientId,
          chatId: draft.chatId,
          contentKind: draft.version.kind,
          contentId: draft.version.contentId,
          versionId: draft.version.versionId,
          variantId: draft.version.variant?.id ?? null,
          approverId: draft.version.approvedBy?.id ?? null,
          taskId: draft.taskId,
          text: draft.text,
          edited: draft.edited,
          createdAt: this.clock.now(),
        }),
      );
      if (!draft.withLink) return { send, token: null };
      const token = mintTrackedLinkToken();
      await manager.getRepository(TrackedLink).insert({
        token,
        sendId: send.id,
        clientId: draft.clientId,
        staffId: actor.staffId,
        campaignId: null,
        taskId: draft.taskId,
        contentKind: draft.version.kind,
        contentId: draft.version.contentId,
        versionId: draft.version.versionId,
        variantId: draft.version.variant?.id ?? null,
        createdAt: this.clock.now(),
      });
      return { send, token };
    });
  }

  private async mediaFor(message: OutgoingMessage): Promise<MediaIds> {
    const material = message.material;
    if (material?.presentation !== 'image' || !material.fileKey) return {};
    return { image: (await this.media.mediaIdFor(material.fileKey, 'image')).mediaId };
  }

  private async clientIdOf(externalUserId: string): Promise<number> {
    const client = await this.clients.findOne({ select: { id: true }, where: { externalUserId } });
    if (!client) throw notFound('客户');
    return client.id;
  }

  /**
   * A group chat mixes clients of every risk level and people the brokerage has not assessed, so only
   * content that is not about a product goes into a group (适当性: product information goes 1:1).
   */
  private async refuseProductContentInGroups(kind: 'script' | 'material', contentId: number, variantId: number | undefined): Promise<void> {
    const content = await this.content.load(kind, contentId, variantId ?? null);
    if (content.version.isProductRelated || content.version.riskLevel !== null) {
      throw new AppError('SUITABILITY_MISMATCH', '客户群内成员的风险等级各不相同，产品类或带风险等级的内容只能一对一发送，不能发到群里。');
    }
  }

  private async own(actor: Actor, id: number): Promise<Send> {
    const send = await this.sends.findOneBy({ id, staffId: actor.staffId });
    if (!send) throw notFound('发送记录');
    return send;
  }
}
