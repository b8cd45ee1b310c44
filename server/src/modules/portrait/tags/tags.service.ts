import { Inject, Injectable } from '@nestjs/common';
import { AccessService } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { notFound, validationFailed } from '../../../common/errors/app-error.js';
import { effectiveTags, type EffectiveTag } from './effective-tags.js';
import type { AddTagDto, ClientTagDto, TagHistoryEntryDto } from './tags.dto.js';
import { describeTagKey } from './tag-catalog.js';
import { TagsRepository } from './tags.repository.js';

export function toTagDto(t: EffectiveTag): ClientTagDto {
  const dto: ClientTagDto = { tagKey: t.tagKey, labelZh: t.labelZh, layer: t.layer, source: t.source };
  if (t.score !== null) dto.score = t.score;
  return dto;
}

/** Manual tags (DESIGN §2): advisors add or remove tags with a reason; the decision overrides the computed tag. */
@Injectable()
export class TagsService {
  constructor(
    private readonly repo: TagsRepository,
    private readonly access: AccessService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async add(actor: Actor, clientId: number, dto: AddTagDto): Promise<ClientTagDto[]> {
    await this.access.requireClient(actor, clientId);
    const { layer, labelZh: definedLabel } = describeTagKey(dto.tagKey);
    const labelZh = dto.labelZh?.trim() || definedLabel;
    if (!labelZh) throw validationFailed([{ field: 'labelZh', errors: ['自定义标签须填写名称'] }]);
    const current = await this.repo.findManual(clientId, dto.tagKey);
    if (!current?.active) {
      await this.repo.saveManualDecision(
        { clientId, tagKey: dto.tagKey, layer, labelZh, source: 'manual', score: null, createdBy: actor.staffId, reason: dto.reason, active: true, updatedAt: this.clock.now() },
        { clientId, tagKey: dto.tagKey, action: 'add', source: 'manual', actorId: actor.staffId, reason: dto.reason },
      );
    }
    return this.list(clientId);
  }

  async remove(actor: Actor, clientId: number, tagKey: string, reason: string): Promise<ClientTagDto[]> {
    await this.access.requireClient(actor, clientId);
    const shown = effectiveTags(await this.repo.rowsForClient(clientId)).find((t) => t.tagKey === tagKey);
    if (!shown) throw notFound('标签');
    await this.repo.saveManualDecision(
      { clientId, tagKey, layer: shown.layer, labelZh: shown.labelZh, source: 'manual', score: null, createdBy: actor.staffId, reason, active: false, updatedAt: this.clock.now() },
      { clientId, tagKey, action: 'remove', source: 'manual', actorId: actor.staffId, reason },
    );
    return this.list(clientId);
  }

  async history(actor: Actor, clientId: number): Promise<TagHistoryEntryDto[]> {
    await this.access.requireClient(actor, clientId);
    const rows = await this.repo.history(clientId);
    return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  }

  private async list(clientId: number): Promise<ClientTagDto[]> {
    return effectiveTags(await this.repo.rowsForClient(clientId)).map(toTagDto);
  }
}
