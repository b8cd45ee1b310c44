import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Readable } from 'node:stream';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { StoredFile } from '../entities/stored-file.entities.js';
import { FILE_STORAGE, type FileStorage, StoredFileMissingError } from '../storage/file-storage.js';
import { EXTENSION_OF, matchesSignature, type UploadContentType } from './file-signature.js';
import type { StoredFileDto, UploadInput } from './uploads.dto.js';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Material files: validated, stored under a server-generated key, recorded with their checksum. */
@Injectable()
export class UploadsService {
  constructor(
    @InjectRepository(StoredFile) private readonly files: Repository<StoredFile>,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async upload(actor: Actor, input: UploadInput): Promise<StoredFileDto> {
    const compact = input.dataBase64.replace(/\s+/g, '');
    if (!BASE64.test(compact)) throw new AppError('VALIDATION_FAILED', '文件内容不是有效的 Base64', [{ field: 'dataBase64', errors: ['invalid base64'] }]);
    const data = Buffer.from(compact, 'base64');
    if (data.length === 0) throw new AppError('VALIDATION_FAILED', '文件为空', [{ field: 'dataBase64', errors: ['empty'] }]);
    if (data.length > MAX_UPLOAD_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', '文件不能超过 20 MB');
    if (!matchesSignature(input.contentType, data)) {
      throw new AppError('VALIDATION_FAILED', '文件内容与声明的类型不符', [{ field: 'contentType', errors: ['content does not match type'] }]);
    }
    const key = this.keyFor(input.contentType);
    await this.storage.put(key, data, input.contentType);
    const saved = await this.files.save(
      this.files.create({
        storageKey: key,
        fileName: safeFileName(input.filename, input.contentType),
        contentType: input.contentType,
        sizeBytes: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
        uploadedBy: actor.staffId,
      }),
    );
    await this.audit.record(actor, { action: 'library.file.uploaded', targetType: 'stored_file', targetId: saved.id, details: { key, sizeBytes: data.length, contentType: input.contentType } });
    return toDto(saved);
  }

  /** Every key a material references must be an upload of an accepted kind. */
  async requireKeys(entries: { field: string; key: string | null; accept: (contentType: string) => boolean }[]): Promise<void> {
    const wanted = entries.filter((entry): entry is typeof entry & { key: string } => entry.key !== null);
    if (wanted.length === 0) return;
    const found = new Map((await this.files.findBy({ storageKey: In(wanted.map((entry) => entry.key)) })).map((file) => [file.storageKey, file]));
    const problems = wanted
      .filter((entry) => !found.has(entry.key) || !entry.accept(found.get(entry.key)!.contentType))
      .map((entry) => ({ field: entry.field, errors: [found.has(entry.key) ? 'file type not accepted here' : 'unknown file key'] }));
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', '引用的文件不存在或类型不符', problems);
  }

  async byKey(key: string): Promise<StoredFile> {
    const file = await this.files.findOneBy({ storageKey: key });
    if (!file) throw notFound('文件');
    return file;
  }

  async open(id: number): Promise<{ file: StoredFile; stream: Readable }> {
    const file = await this.files.findOneBy({ id });
    if (!file) throw notFound('文件');
    try {
      return { file, stream: await this.storage.stream(file.storageKey) };
    } catch (error) {
      if (error instanceof StoredFileMissingError) throw notFound('文件');
      throw error;
    }
  }

  async read(key: string): Promise<Buffer> {
    return this.storage.get(key);
  }

  private keyFor(contentType: UploadContentType): string {
    const now = this.clock.now();
    const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    return `materials/${month}/${randomUUID()}.${EXTENSION_OF[contentType]}`;
  }
}

/** Keeps the name readable for downloads (Chinese included) but drops path parts and control characters. */
function safeFileName(name: string, contentType: UploadContentType): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 200);
  return base.length > 0 ? base : `file.${EXTENSION_OF[contentType]}`;
}

export function toDto(file: StoredFile): StoredFileDto {
  return {
    id: file.id,
    key: file.storageKey,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    url: `/api/materials/uploads/${file.id}/content`,
  };
}
