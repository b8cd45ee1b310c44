import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { logger } from '../../../common/logging/logger.js';
import { FEED_BUS, type FeedBus } from './feed-bus.js';
import type { FeedItem } from './feed-item.entity.js';
import type { FeedItemDto } from './feed.dto.js';
import { type ClientNameRow, type FeedDraft, FeedRepository } from './feed.repository.js';

export function toFeedItemDto(item: FeedItem, names: ReadonlyMap<number, ClientNameRow>): FeedItemDto {
  return {
    id: item.id,
    clientId: item.clientId,
    clientName: names.get(item.clientId)?.name ?? '',
    staffId: item.staffId,
    type: item.type,
    occurredAt: item.occurredAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
    textZh: item.textZh,
    data: item.data,
  };
}

/**
 * The one way feed items are written: idempotent on source_ref, then pushed to the live streams of the
 * client's advisors (and the item's own advisor) through the feed bus.
 */
@Injectable()
export class FeedWriter {
  constructor(
    private readonly repo: FeedRepository,
    @Inject(FEED_BUS) private readonly bus: FeedBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Insert or re-word (reading sessions, combined sentences). */
  async upsert(drafts: FeedDraft[]): Promise<FeedItem[]> {
    if (drafts.length === 0) return [];
    await this.repo.upsert(drafts, this.clock.now());
    const rows = await this.repo.findBySourceRefs(drafts.map((d) => d.sourceRef));
    await this.publish(rows);
    return rows;
  }

  /** Insert only new items; answers (and publishes) just those. */
  async insertNew(drafts: FeedDraft[]): Promise<FeedItem[]> {
    if (drafts.length === 0) return [];
    const existing = new Set((await this.repo.findBySourceRefs(drafts.map((d) => d.sourceRef))).map((row) => row.sourceRef));
    const fresh = drafts.filter((d) => !existing.has(d.sourceRef));
    if (fresh.length === 0) return [];
    await this.repo.insertIgnore(fresh, this.clock.now());
    const rows = await this.repo.findBySourceRefs(fresh.map((d) => d.sourceRef));
    await this.publish(rows.filter((row) => row.mergedIntoId === null));
    return rows;
  }

  async publish(rows: FeedItem[]): Promise<void> {
    if (rows.length === 0) return;
    const clientIds = rows.map((row) => row.clientId);
    const [names, followers] = await Promise.all([this.repo.clientNames(clientIds), this.repo.activeFollowers(clientIds)]);
    for (const row of rows) {
      const audience = new Set(followers.get(row.clientId) ?? []);
      if (row.staffId !== null) audience.add(row.staffId);
      const payload = toFeedItemDto(row, names) as FeedItemDto & Record<string, unknown>;
      await this.bus.publish({ event: 'feed', payload, audienceStaffIds: [...audience] }).catch((error: unknown) => {
        // The item is stored; a lost live push only delays it until the next list refresh.
        logger.warn('feed bus publish failed', { error: (error as Error).message });
      });
    }
  }
}
