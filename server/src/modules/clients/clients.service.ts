import { Inject, Injectable } from '@nestjs/common';
import { AccessService } from '../../common/access/access.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { notFound } from '../../common/errors/app-error.js';
import { PiiVault, maskPhone } from '../../common/pii/pii-vault.js';
import { ClientsRepository } from './clients.repository.js';
import type { ClientHeaderDto } from './dto/client-header.dto.js';
import type { ClientPageDto, ClientSearchQuery } from './dto/client-search.dto.js';

@Injectable()
export class ClientsService {
  constructor(
    private readonly repo: ClientsRepository,
    private readonly access: AccessService,
    private readonly vault: PiiVault,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async search(actor: Actor, query: ClientSearchQuery): Promise<ClientPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const q = query.q?.trim();
    const { rows, total } = await this.repo.search((qb) => this.access.scopeClients(qb, actor, 'c'), {
      nameLike: q || undefined,
      hashes: q && /^[0-9A-Za-z]{4,32}$/.test(q) ? this.vault.blindIndexCandidates(q) : [],
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    const now = this.clock.now().getTime();
    return {
      total,
      items: rows.map((c) => ({
        id: c.id,
        name: c.name,
        gender: c.gender,
        ageBand: c.ageBand,
        riskLevel: c.riskLevel,
        riskAssessmentExpired: !c.riskExpiresAt || c.riskExpiresAt.getTime() <= now,
        phoneMasked: c.phoneEnc ? maskPhone(this.vault.decrypt(c.phoneEnc)) : null,
        advisorName: c.advisorName,
      })),
    };
  }

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
