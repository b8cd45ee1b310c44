import { Injectable } from '@nestjs/common';
import { AccessService } from '../../../common/access/access.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { validationFailed } from '../../../common/errors/app-error.js';
import { decodeCursor, encodeCursor } from './feed-cursor.js';
import { FEED_ITEM_TYPES, type FeedItemType } from './feed-item.entity.js';
import type { FeedPageDto, FeedQuery } from './feed.dto.js';
import { type FeedPageFilter, FeedRepository } from './feed.repository.js';
import { toFeedItemDto } from './feed.writer.js';

const DEFAULT_LIMIT = 30;

/** Reads of the behaviour feed: one client's timeline, and the actor's own feed (their clients / subtree). */
@Injectable()
export class FeedService {
  constructor(
    private readonly repo: FeedRepository,
    private readonly access: AccessService,
  ) {}

  async timeline(actor: Actor, clientId: number, query: FeedQuery): Promise<FeedPageDto> {
    await this.access.requireClient(actor, clientId);
    return this.page({ clientId, ...this.filter(query) });
  }

  async feed(actor: Actor, query: FeedQuery): Promise<FeedPageDto> {
    const scope = await this.access.staffScope(actor);
    return this.page({ scope, ...this.filter(query) });
  }

  private filter(query: FeedQuery): Omit<FeedPageFilter, 'clientId' | 'scope'> {
    return { types: parseTypes(query.types), before: decodeCursor(query.before), limit: query.limit ?? DEFAULT_LIMIT };
  }

  private async page(filter: FeedPageFilter): Promise<FeedPageDto> {
    const rows = await this.repo.page(filter);
    const names = await this.repo.clientNames(rows.map((row) => row.clientId));
    const last = rows.at(-1);
    return { items: rows.map((row) => toFeedItemDto(row, names)), nextBefore: last && rows.length === filter.limit ? encodeCursor(last.occurredAt, last.id) : null };
  }
}

function parseTypes(value: string | undefined): FeedItemType[] | undefined {
  if (!value) return undefined;
  const types = value.split(',');
  const unknown = types.filter((type) => !(FEED_ITEM_TYPES as readonly string[]).includes(type));
  if (unknown.length > 0) throw validationFailed([{ field: 'types', errors: [`未知的类型：${unknown.join(',')}`] }]);
  return types as FeedItemType[];
}
