import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { notFound } from '../../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config.js';
import { WECOM_API, type WecomApi } from '../../../wecom/gateway/wecom-gateway.types.js';
import { StoredFile } from '../../library/entities/stored-file.entities.js';
import { FILE_STORAGE, type FileStorage } from '../../library/storage/file-storage.js';
import { linkUrls } from '../content/message-builders.js';
import type { OutgoingMessage } from '../content/outgoing-message.js';
import { WECOM_RATE_LIMITER, type WecomRateLimiter } from '../rate-limit/wecom-rate-limiter.js';

export type MomentAttachment =
  | { msgtype: 'image'; image: { media_id: string } }
  | { msgtype: 'link'; link: { title: string; url: string; media_id: string } };

export interface MomentBody {
  text?: { content: string };
  attachments?: MomentAttachment[];
}

/**
 * A moments post (WECOM.md §4.5): text plus nine images, or one link whose cover is an image uploaded with
 * media/upload_attachment (attachment_type 1) — plain media/upload ids are refused for moments.
 */
@Injectable()
export class MomentsContent {
  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(WECOM_RATE_LIMITER) private readonly limiter: WecomRateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async body(message: OutgoingMessage, linkToken: string | null): Promise<MomentBody> {
    const material = message.material;
    if (!material) return { text: { content: message.text ?? '' } };
    const text = { content: material.desc };
    if (material.presentation === 'image' && material.fileKey) {
      return { text, attachments: [{ msgtype: 'image', image: { media_id: await this.upload(material.fileKey) } }] };
    }
    const url = linkUrls(this.config.publicBaseUrl, linkToken ?? '').url;
    if (!material.coverKey) return { text: { content: `${material.title}\n${material.desc}\n${url}` } };
    return { text, attachments: [{ msgtype: 'link', link: { title: material.title.slice(0, 64), url, media_id: await this.upload(material.coverKey) } }] };
  }

  private async upload(key: string): Promise<string> {
    const file = await this.files.findOneBy({ storageKey: key });
    if (!file) throw notFound('文件');
    const data = await this.storage.get(key);
    await this.limiter.acquire('upload_attachment');
    return (await this.wecom.uploadAttachment('image', 1, file.fileName, data, file.contentType)).media_id;
  }
}
