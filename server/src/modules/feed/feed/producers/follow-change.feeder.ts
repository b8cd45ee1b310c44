import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { logger } from '../../../../common/logging/logger.js';
import { CLIENT_FOLLOWED, CLIENT_UNFOLLOWED, type FollowChangedEvent } from '../../../../wecom/callback/contact-change.handler.js';
import { clientLabel, followChangeText } from '../feed-text.js';
import { FeedRepository } from '../feed.repository.js';
import { FeedWriter } from '../feed.writer.js';

type FollowItemType = 'client_added' | 'client_deleted' | 'advisor_deleted';

const TYPE_OF_STATE: Readonly<Record<string, FollowItemType>> = {
  active: 'client_added',
  deleted_by_client: 'client_deleted',
  deleted_by_advisor: 'advisor_deleted',
};

/** WeCom contact changes (WECOM.md §4.9): the client added or deleted the advisor, or the advisor the client. */
@Injectable()
export class FollowChangeFeeder {
  constructor(
    private readonly repo: FeedRepository,
    private readonly writer: FeedWriter,
  ) {}

  @OnEvent(CLIENT_FOLLOWED, { async: true, promisify: true })
  async onFollowed(event: FollowChangedEvent): Promise<void> {
    await this.write(event);
  }

  @OnEvent(CLIENT_UNFOLLOWED, { async: true, promisify: true })
  async onUnfollowed(event: FollowChangedEvent): Promise<void> {
    await this.write(event);
  }

  private async write(event: FollowChangedEvent): Promise<void> {
    const type = TYPE_OF_STATE[event.state];
    if (!type) return;
    try {
      const name = (await this.repo.clientNames([event.clientId])).get(event.clientId);
      const who = name ? clientLabel(name.name, name.gender) : '客户';
      const at = new Date(event.at);
      await this.writer.insertNew([
        {
          clientId: event.clientId,
          staffId: event.staffId,
          type,
          occurredAt: at,
          textZh: followChangeText(type, who),
          data: { changeType: event.changeType, state: event.state },
          sourceRef: `follow:${event.clientId}:${event.staffId}:${event.changeType}:${at.getTime()}`,
        },
      ]);
    } catch (error) {
      logger.error('feed follow-change write failed', { error: (error as Error).message, clientId: event.clientId });
    }
  }
}
