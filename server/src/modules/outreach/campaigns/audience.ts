import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { AccessService } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { Segment } from '../../segments/segment.entity.js';
import { SegmentsService } from '../../segments/segments.service.js';
import type { CampaignAudience } from './campaign.entities.js';

export const AUDIENCE_PAGE = 5_000;

/**
 * Client ids of an audience in ascending id order, page by page (keyset: `id > last`), always within
 * the actor's scope — an advisor's audience is their own clients, HQ's is everyone.
 */
@Injectable()
export class AudienceResolver {
  constructor(
    private readonly segments: SegmentsService,
    private readonly access: AccessService,
    @InjectRepository(Segment) private readonly savedSegments: Repository<Segment>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Fails fast on a bad filter or an unknown segment, before anything is stored. */
  async validate(actor: Actor, audience: CampaignAudience): Promise<void> {
    const filter = await this.filterOf(audience);
    if (filter !== undefined) await this.segments.count(actor, filter);
  }

  async *pages(actor: Actor, audience: CampaignAudience, pageSize = AUDIENCE_PAGE): AsyncGenerator<number[]> {
    if ('clientIds' in audience) {
      const explicit = [...new Set(audience.clientIds)].sort((a, b) => a - b);
      for (let start = 0; start < explicit.length; start += pageSize) {
        const page = await this.scopedIds(actor, 0, pageSize, explicit.slice(start, start + pageSize));
        if (page.length > 0) yield page;
      }
      return;
    }
    const filter = await this.filterOf(audience);
    let afterId = 0;
    for (;;) {
      const page =
        filter !== undefined
          ? await this.segments.resolveClientIds(actor, filter, { afterId, limit: pageSize })
          : await this.scopedIds(actor, afterId, pageSize, null);
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      afterId = page[page.length - 1]!;
    }
  }

  private async filterOf(audience: CampaignAudience): Promise<unknown> {
    if ('segmentFilter' in audience) return audience.segmentFilter;
    if ('segmentId' in audience) {
      const segment = await this.savedSegments.findOneBy({ id: audience.segmentId });
      if (!segment) throw notFound('分群');
      return segment.filter;
    }
    if ('all' in audience || 'clientIds' in audience) return undefined;
    throw new AppError('VALIDATION_FAILED', '请指定发送对象');
  }

  /** Everyone in scope, or the named clients that are in scope (the others are not the actor's to send to). */
  private async scopedIds(actor: Actor, afterId: number, limit: number, wanted: number[] | null): Promise<number[]> {
    const qb = this.dataSource.createQueryBuilder().select('c.id', 'id').from('clients', 'c').where('c.id > :afterId', { afterId });
    if (wanted) qb.andWhere('c.id IN (:...wanted)', { wanted });
    await this.access.scopeClients(qb, actor, 'c');
    const rows = await qb.orderBy('c.id', 'ASC').limit(limit).getRawMany<{ id: number | string }>();
    return rows.map((row) => Number(row.id));
  }
}
