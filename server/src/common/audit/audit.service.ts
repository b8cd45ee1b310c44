import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AuditLog } from '../../modules/audit/audit-log.entity.js';
import type { Actor } from '../auth/actor.js';

export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string | number;
  details?: Record<string, unknown>;
  requestId?: string;
}

/** Appends to the audit log. Called for logins, PII reveals, approvals, sends and setting changes. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly log: Repository<AuditLog>) {}

  async record(actor: Actor | null, entry: AuditEntry): Promise<void> {
    await this.log.save(this.log.create({
      actorId: actor?.staffId ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      details: entry.details ?? null,
      requestId: entry.requestId ?? null,
    }));
  }
}
