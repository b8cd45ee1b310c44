import { randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { hashApiKey } from '../../common/auth/api-key.verifier.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { notFound } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ApiKey } from './api-key.entity.js';

export interface ApiKeyView {
  id: number;
  name: string;
  prefix: string;
  scope: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Keys for data feeds. The clear key is shown once at creation; only its hash is kept. */
@Injectable()
export class ApiKeysService implements OnModuleInit {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** INGEST_API_KEY registers itself at start, so a deployment can configure its feed by environment. */
  async onModuleInit(): Promise<void> {
    const key = this.config.ingestApiKey;
    if (!key) return;
    const keyHash = hashApiKey(key);
    if (await this.keys.findOneBy({ keyHash })) return;
    await this.keys.insert({ name: 'INGEST_API_KEY', keyHash, prefix: key.slice(0, 8), scope: 'ingest' });
  }

  async list(): Promise<ApiKeyView[]> {
    const rows = await this.keys.find({ order: { id: 'DESC' } });
    return rows.map(toView);
  }

  async create(actor: Actor, name: string, scope: string): Promise<ApiKeyView & { key: string }> {
    const key = `vl_${randomBytes(24).toString('base64url')}`;
    const row = await this.keys.save(this.keys.create({ name, keyHash: hashApiKey(key), prefix: key.slice(0, 8), scope, createdBy: actor.staffId }));
    await this.audit.record(actor, { action: 'api_key.create', targetType: 'api_key', targetId: row.id, details: { name, scope } });
    return { ...toView(row), key };
  }

  async revoke(actor: Actor, id: number): Promise<void> {
    const result = await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    if ((result.affected ?? 0) === 0) throw notFound('API Key');
    await this.audit.record(actor, { action: 'api_key.revoke', targetType: 'api_key', targetId: id });
  }
}

function toView(k: ApiKey): ApiKeyView {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scope: k.scope,
    createdAt: k.createdAt.toISOString(),
    lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
    revokedAt: k.revokedAt?.toISOString() ?? null,
  };
}
