import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AccessService } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { followUpText } from '../feed/feed-text.js';
import { FeedWriter } from '../feed/feed.writer.js';
import { FollowUp } from './follow-up.entity.js';
import type { CreateFollowUpInput, FollowUpDto } from './follow-ups.dto.js';

const LIST_LIMIT = 100;

export function toFollowUpDto(row: FollowUp): FollowUpDto {
  return {
    id: row.id,
    clientId: row.clientId,
    staffId: row.staffId,
    note: row.note,
    nextContactAt: row.nextContactAt?.toISOString() ?? null,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Follow-up notes and to-dos per client; each note also appears in the client's timeline. */
@Injectable()
export class FollowUpsService {
  constructor(
    @InjectRepository(FollowUp) private readonly followUps: Repository<FollowUp>,
    private readonly access: AccessService,
    private readonly writer: FeedWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async list(actor: Actor, clientId: number): Promise<FollowUpDto[]> {
    await this.access.requireClient(actor, clientId);
    const scope = await this.access.staffScope(actor);
    const qb = this.followUps.createQueryBuilder('f').where('f.client_id = :clientId', { clientId });
    if (!scope.all) qb.andWhere('f.staff_id IN (:...staffIds)', { staffIds: scope.staffIds });
    const rows = await qb.orderBy('f.created_at', 'DESC').addOrderBy('f.id', 'DESC').take(LIST_LIMIT).getMany();
    return rows.map(toFollowUpDto);
  }

  async create(actor: Actor, clientId: number, input: CreateFollowUpInput): Promise<FollowUpDto> {
    await this.access.requireClient(actor, clientId);
    return toFollowUpDto(await this.record(actor, clientId, { note: input.note.trim(), nextContactAt: input.nextContactAt ?? null }));
  }

  /** Stores a note (also used when an alert is handled with a note) and feeds it to the timeline. */
  async record(actor: Actor, clientId: number, input: { note: string; nextContactAt?: Date | null; source?: string }): Promise<FollowUp> {
    if (input.note.length === 0) throw new AppError('VALIDATION_FAILED', '跟进记录不能为空');
    const now = this.clock.now();
    const saved = await this.followUps.save(
      this.followUps.create({ clientId, staffId: actor.staffId, note: input.note, nextContactAt: input.nextContactAt ?? null, doneAt: null, remindedAt: null, createdAt: now }),
    );
    await this.writer.insertNew([
      {
        clientId,
        staffId: actor.staffId,
        type: 'follow_up',
        occurredAt: now,
        textZh: followUpText(input.note),
        data: { followUpId: saved.id, nextContactAt: saved.nextContactAt?.toISOString() ?? null, ...(input.source ? { source: input.source } : {}) },
        sourceRef: `follow_up:${saved.id}`,
      },
    ]);
    return saved;
  }

  async done(actor: Actor, id: number): Promise<FollowUpDto> {
    const row = await this.followUps.findOneBy({ id });
    const scope = await this.access.staffScope(actor);
    if (!row || (!scope.all && !scope.staffIds.includes(row.staffId))) throw notFound('跟进记录');
    if (row.doneAt === null) {
      row.doneAt = this.clock.now();
      await this.followUps.update({ id }, { doneAt: row.doneAt });
    }
    return toFollowUpDto(row);
  }
}
