import { Inject, Injectable } from '@nestjs/common';
import { AccessService } from '../../common/access/access.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { notFound } from '../../common/errors/app-error.js';
import { PiiVault, maskPhone } from '../../common/pii/pii-vault.js';
import { ClientsRepository } from './clients.repository.js';
import type { ClientHeaderDto } from './dto/client-header.dto.js';

@Injectable()
export class ClientsService {
  constructor(
    private readonly repo: ClientsRepository,
    private readonly access: AccessService,
    private readonly vault: PiiVault,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async headerByExternalUserId(actor: Actor, externalUserId: string): Promise<ClientHeaderDto> {
    const client = await this.repo.findByExternalUserId(externalUserId);
    if (!client) throw notFound('客户');
    await this.access.requireClient(actor, client.id);
    const follow = await this.repo.findActiveFollow(client.id, actor.staffId);
    const expired = !client.riskExpiresAt || client.riskExpiresAt.getTime() <= this.clock.now().getTime();
    return {
      id: client.id,
      name: client.name,
      avatar: client.avatar,
      gender: client.gender,
      ageBand: client.ageBand,
      riskLevel: client.riskLevel,
      riskExpiresAt: client.riskExpiresAt?.toISOString() ?? null,
      riskAssessmentExpired: expired,
      phoneMasked: client.phoneEnc ? maskPhone(this.vault.decrypt(client.phoneEnc)) : null,
      remark: follow?.remark ?? null,
      followedSince: follow?.addTime?.toISOString() ?? null,
    };
  }
}
