import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { upsertRows } from '../../../database/upsert.js';
import { WECOM_API, type WecomApi } from '../../../wecom/gateway/wecom-gateway.types.js';
import { WecomMedia } from '../entities/stored-file.entities.js';
import { UploadsService } from './uploads.service.js';

const HOUR_MS = 3_600_000;
/** WeCom temporary media is valid for 3 days (media/upload); refresh after 2.5 to leave a margin for sends in flight. */
export const MEDIA_VALIDITY_MS = 72 * HOUR_MS;
export const MEDIA_REFRESH_AFTER_MS = 60 * HOUR_MS;

export type WecomMediaType = WecomMedia['mediaType'];

/** WeCom media_id for a stored file, uploaded on demand and cached until it nears expiry. */
@Injectable()
export class WecomMediaService {
  private readonly inFlight = new Map<string, Promise<WecomMedia>>();

  constructor(
    @InjectRepository(WecomMedia) private readonly media: Repository<WecomMedia>,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly uploads: UploadsService,
  ) {}

  async mediaIdFor(storageKey: string, mediaType: WecomMediaType): Promise<{ mediaId: string; expiresAt: Date }> {
    const cached = await this.media.findOneBy({ storageKey, mediaType });
    const fresh = cached && this.clock.now().getTime() - cached.createdAt.getTime() < MEDIA_REFRESH_AFTER_MS ? cached : await this.refresh(storageKey, mediaType);
    return { mediaId: fresh.mediaId, expiresAt: new Date(fresh.createdAt.getTime() + MEDIA_VALIDITY_MS) };
  }

  /** One upload per key and type at a time in this process; concurrent callers share it. */
  private refresh(storageKey: string, mediaType: WecomMediaType): Promise<WecomMedia> {
    const flightKey = `${mediaType}:${storageKey}`;
    const existing = this.inFlight.get(flightKey);
    if (existing) return existing;
    const upload = this.upload(storageKey, mediaType).finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, upload);
    return upload;
  }

  private async upload(storageKey: string, mediaType: WecomMediaType): Promise<WecomMedia> {
    const file = await this.uploads.byKey(storageKey);
    const data = await this.uploads.read(storageKey);
    const result = await this.wecom.uploadMedia(mediaType, file.fileName, data, file.contentType);
    // Validity counts from our clock at upload; WeCom's own created_at is earlier by at most the call's duration,
    // which the half-day refresh margin covers (and our clock is the one tests can move).
    const row = { storageKey, mediaType, mediaId: result.media_id, createdAt: this.clock.now() };
    await upsertRows(this.media, [row], ['storage_key', 'media_type'], ['media_id', 'created_at']);
    return this.media.create(row);
  }
}
