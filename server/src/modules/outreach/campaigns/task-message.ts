import { Inject, Injectable } from '@nestjs/common';
import type { ErrorCode } from '@valuelens/contracts';
import type { Actor } from '../../../common/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { WecomMediaService } from '../../library/media/wecom-media.service.js';
import { linkUrls, type MassMessage, massMessage, type MediaIds } from '../content/message-builders.js';
import type { OutgoingMessage } from '../content/outgoing-message.js';
import { CampaignContent } from './campaign-content.js';
import type { Campaign, CampaignTask } from './campaign.entities.js';

export type TaskMessage = { ok: true; message: MassMessage } | { ok: false; code: ErrorCode; reasonZh: string };
export type TaskMessageBuilder = (task: CampaignTask, sender: Actor) => Promise<TaskMessage>;

/**
 * The add_msg_template content of a task, built when the task is handed to WeCom: approval is checked
 * again at that moment (content can expire between planning and fan-out), the sender's name is filled
 * in, and the card links to the task's own tracked link.
 */
@Injectable()
export class TaskMessageFactory {
  constructor(
    private readonly content: CampaignContent,
    private readonly media: WecomMediaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Loads what all tasks of a batch share once (content, settings, lexicon, media ids). */
  async builder(campaign: Campaign, senders: readonly Actor[]): Promise<TaskMessageBuilder> {
    const check = await this.content.checker({ contentKind: campaign.contentKind, contentId: campaign.contentId, variantId: campaign.variantId }, 'mass', senders);
    let media: MediaIds | null = null;
    return async (task, sender) => {
      const verdict = await check(sender);
      if (verdict.block) return { ok: false, code: verdict.block.code, reasonZh: verdict.block.reasonZh };
      if (verdict.version.versionId !== campaign.versionId) {
        return { ok: false, code: 'CONTENT_EXPIRED', reasonZh: '活动内容在规划后已更新为新版本，请重新发起活动。' };
      }
      media ??= await this.mediaIds(verdict.message);
      const links = task.linkToken ? linkUrls(this.config.publicBaseUrl, task.linkToken) : null;
      return { ok: true, message: massMessage(verdict.message, links, media) };
    };
  }

  async mediaIds(message: OutgoingMessage): Promise<MediaIds> {
    const material = message.material;
    if (material?.presentation === 'image' && material.fileKey) return { image: (await this.media.mediaIdFor(material.fileKey, 'image')).mediaId };
    if (material?.presentation === 'miniprogram' && material.coverKey) return { cover: (await this.media.mediaIdFor(material.coverKey, 'image')).mediaId };
    return {};
  }
}
