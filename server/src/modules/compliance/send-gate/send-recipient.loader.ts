import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { AccessService } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { WECOM_API, type WecomApi, WecomApiError } from '../../../wecom/gateway/wecom-gateway.types.js';
import { Client } from '../../clients/client.entity.js';
import type { Recipient, RecipientFacts } from './send-gate.types.js';

/** Resolves the recipient of a send within the actor's scope (404 outside it, DESIGN §4 access rules). */
@Injectable()
export class SendRecipientLoader {
  constructor(
    @InjectRepository(Client) private readonly clients: Repository<Client>,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    private readonly access: AccessService,
  ) {}

  async load(actor: Actor, target: { clientId?: number; chatId?: string }): Promise<Recipient> {
    if ((target.clientId === undefined) === (target.chatId === undefined)) {
      throw new AppError('VALIDATION_FAILED', 'clientId 与 chatId 必须且只能提供一个');
    }
    if (target.clientId !== undefined) return this.forClient(actor, target.clientId);
    return this.forChat(actor, target.chatId!);
  }

  async forClient(actor: Actor, clientId: number): Promise<Recipient> {
    await this.access.requireClient(actor, clientId);
    const client = await this.clients.findOneBy({ id: clientId });
    if (!client) throw notFound('客户');
    return { target: { clientId }, members: [facts(client)], unknownMembers: 0 };
  }

  /**
   * A group chat receives what its most restrictive member may receive. External members the brokerage
   * has no record of count as unassessed, so product content is not sent into a group with them.
   */
  private async forChat(actor: Actor, chatId: string): Promise<Recipient> {
    const chat = await this.wecom.getGroupChat(chatId).catch((error: unknown) => {
      if (error instanceof WecomApiError) throw notFound('客户群');
      throw error;
    });
    const isMember = chat.owner === actor.wecomUserId || chat.member_list.some((m) => m.type === 1 && m.userid === actor.wecomUserId);
    if (!isMember) throw notFound('客户群');
    const externalIds = chat.member_list.filter((m) => m.type === 2).map((m) => m.userid);
    const known = externalIds.length === 0 ? [] : await this.clients.findBy({ externalUserId: In(externalIds) });
    return { target: { chatId }, members: known.map(facts), unknownMembers: externalIds.length - known.length };
  }
}

function facts(client: Client): RecipientFacts {
  return {
    clientId: client.id,
    name: client.name,
    gender: client.gender,
    riskLevel: client.riskLevel,
    riskExpiresAt: client.riskExpiresAt,
  };
}
