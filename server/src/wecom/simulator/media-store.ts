import { randomBytes } from 'node:crypto';
import type { MediaUploadResult } from '../gateway/wecom-gateway.types.js';
import { invalidParameter } from './simulated-error.js';

/** Size limits of media/upload (WECOM.md §4.8): every file > 5 bytes; image 10 MB, voice 2 MB, video 10 MB, file 20 MB. */
const MB = 1024 * 1024;
const MAX_BYTES: Record<string, number> = { image: 10 * MB, voice: 2 * MB, video: 10 * MB, file: 20 * MB };
const MIN_BYTES = 6;

export interface StoredMedia {
  mediaId: string;
  type: string;
  filename: string;
  contentType: string;
  size: number;
  /** 1 = moments, 2 = product album; undefined for plain media/upload. */
  attachmentType?: number;
  createdAt: number;
}

export class MediaStore {
  private readonly media = new Map<string, StoredMedia>();

  constructor(private readonly now: () => number) {}

  store(input: { type: string | null; filename: string; contentType: string; size: number; attachmentType?: number }): MediaUploadResult {
    const type = input.type ?? '';
    const limit = MAX_BYTES[type];
    if (limit === undefined) invalidParameter(`invalid media type: ${type}`);
    if (input.size < MIN_BYTES) invalidParameter('media file must be larger than 5 bytes');
    if (input.size > limit) invalidParameter(`${type} exceeds ${limit / MB} MB`);
    const createdAt = Math.floor(this.now() / 1000);
    const mediaId = `${type[0] ?? 'm'}${randomBytes(24).toString('base64url')}`;
    this.media.set(mediaId, { mediaId, type, filename: input.filename, contentType: input.contentType, size: input.size, attachmentType: input.attachmentType, createdAt });
    return { type, media_id: mediaId, created_at: String(createdAt) };
  }

  find(mediaId: string): StoredMedia | undefined {
    return this.media.get(mediaId);
  }
}
