import { Injectable } from '@nestjs/common';
import { AccessService } from '../../common/access/access.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { validationFailed } from '../../common/errors/app-error.js';
import { AuditChainLoader, type SendFilter } from './audit-chain.loader.js';
import { chainSteps } from './chain-steps.js';
import type { AuditChainDto, AuditChainQuery } from './dto/audit-chain.dto.js';

const DEFAULT_PAGE_SIZE = 50;

/**
 * The audit chain of every send to one client or by one advisor, newest first. Scope: the client or
 * advisor must be visible to the actor (404 otherwise), and a manager sees only their subtree's sends.
 */
@Injectable()
export class AuditChainService {
  constructor(
    private readonly access: AccessService,
    private readonly loader: AuditChainLoader,
  ) {}

  async chain(actor: Actor, query: AuditChainQuery): Promise<AuditChainDto> {
    if ((query.clientId === undefined) === (query.staffId === undefined)) throw validationFailed({ clientId: query.clientId, staffId: query.staffId }, 'clientId 与 staffId 必须且只能提供一个');
    const filter = await this.filterFor(actor, query);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const { total, sends } = await this.loader.sends(filter, (page - 1) * pageSize, pageSize);
    const [versions, views, followUps] = await Promise.all([this.loader.versions(sends), this.loader.views(sends.map((s) => s.id)), this.loader.followUps(sends)]);
    const people = [...versions.values()].flatMap((v) => [v.createdBy, v.approvedBy]).concat(sends.flatMap((s) => [s.approverId, s.staffId]));
    const names = await this.loader.staffNames(people.filter((id): id is number => id !== null));
    const items = sends.map((send) => ({
      sendId: send.id,
      channel: send.channel,
      status: send.status,
      clientId: send.clientId,
      clientName: send.clientName,
      staffId: send.staffId,
      staffName: send.staffName,
      contentKind: send.contentKind,
      contentId: send.contentId,
      versionId: send.versionId,
      campaignId: send.campaignId,
      wecomMsgid: send.msgid,
      sentAt: send.sentAt,
      steps: chainSteps({ send, version: versions.get(`${send.contentKind}:${send.versionId}`), names, views: views.filter((v) => v.sendId === send.id), followUps }),
    }));
    return { clientId: query.clientId ?? null, staffId: query.staffId ?? null, items, total, page, pageSize };
  }

  private async filterFor(actor: Actor, query: AuditChainQuery): Promise<SendFilter> {
    const range = { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) };
    if (query.staffId !== undefined) {
      await this.access.requireStaff(actor, query.staffId);
      return { staffIds: [query.staffId], ...range };
    }
    const clientId = query.clientId!;
    await this.access.requireClient(actor, clientId);
    const scope = await this.access.staffScope(actor);
    return { clientId, ...(scope.all ? {} : { staffIds: scope.staffIds }), ...range };
  }
}
