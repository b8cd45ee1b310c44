import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ApiKey } from '../../modules/api-keys/api-key.entity.js';
import { AppError } from '../errors/app-error.js';

export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Checks `X-Api-Key` against the hashed keys; keys are looked up by hash, never compared in clear. */
@Injectable()
export class ApiKeyVerifier {
  private readonly recentlyTouched = new Map<number, number>();

  constructor(@InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>) {}

  async verify(key: string | undefined, scope: string): Promise<number> {
    if (!key || key.length < 16 || key.length > 128) throw new AppError('API_KEY_INVALID');
    const found = await this.keys.findOneBy({ keyHash: hashApiKey(key) });
    if (!found || found.revokedAt || found.scope !== scope) throw new AppError('API_KEY_INVALID');
    await this.touch(found.id);
    return found.id;
  }

  /** last_used_at is informative; write it at most once a minute per key to keep ingestion fast. */
  private async touch(id: number): Promise<void> {
    const now = Date.now();
    if ((this.recentlyTouched.get(id) ?? 0) > now - 60_000) return;
    this.recentlyTouched.set(id, now);
    await this.keys.update({ id }, { lastUsedAt: new Date(now) });
  }
}
