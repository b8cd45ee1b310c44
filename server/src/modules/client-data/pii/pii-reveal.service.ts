import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AccessService } from '../../../common/access/access.service.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { notFound } from '../../../common/errors/app-error.js';
import { PiiVault } from '../../../common/pii/pii-vault.js';
import { Client } from '../../clients/client.entity.js';
import type { RevealableField } from './pii-reveal.dto.js';

const CIPHERTEXT: Record<RevealableField, 'phoneEnc' | 'idNoEnc' | 'customerNoEnc'> = {
  phone: 'phoneEnc',
  idNo: 'idNoEnc',
  customerNo: 'customerNoEnc',
};

/**
 * Shows one PII field in clear to someone entitled to the client, with a stated reason, and records
 * who saw what and why (个人信息保护法 §51: access control and audit for personal information).
 */
@Injectable()
export class PiiRevealService {
  constructor(
    @InjectRepository(Client) private readonly clients: Repository<Client>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly vault: PiiVault,
  ) {}

  async reveal(actor: Actor, clientId: number, field: RevealableField, reason: string, requestId?: string): Promise<{ value: string | null }> {
    await this.access.requireClient(actor, clientId);
    const column = CIPHERTEXT[field];
    const client = await this.clients.findOne({ select: { id: true, [column]: true }, where: { id: clientId } });
    if (!client) throw notFound('客户');
    const ciphertext = client[column];
    await this.audit.record(actor, {
      action: 'pii.reveal',
      targetType: 'client',
      targetId: clientId,
      details: { field, reason: reason.trim(), present: ciphertext !== null },
      requestId,
    });
    return { value: ciphertext ? this.vault.decrypt(ciphertext) : null };
  }
}
