import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { logger } from '../../../../common/logging/logger.js';
import { MaterialVersion } from '../../../library/entities/material.entities.js';
import { ScriptVersion } from '../../../library/entities/script.entities.js';
import { SEND_RECORDED, type SendRecordedEvent } from '../../../outreach/sends/send-events.js';
import { Send } from '../../../outreach/sends/send.entity.js';
import { sendText } from '../feed-text.js';
import { FeedWriter } from '../feed.writer.js';

/** "您发送了《…》": each send that reached a client's chat, in that client's timeline. */
@Injectable()
export class SendFeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: FeedWriter,
  ) {}

  @OnEvent(SEND_RECORDED, { async: true, promisify: true })
  async onSendRecorded(event: SendRecordedEvent): Promise<void> {
    if (event.clientId === null) return;
    try {
      const send = await this.dataSource.getRepository(Send).findOneBy({ id: event.sendId });
      if (!send) return;
      const versions = send.contentKind === 'script' ? this.dataSource.getRepository(ScriptVersion) : this.dataSource.getRepository(MaterialVersion);
      const title = (await versions.findOne({ select: { id: true, title: true }, where: { id: send.versionId } }))?.title ?? '';
      await this.writer.insertNew([
        {
          clientId: event.clientId,
          staffId: event.staffId,
          type: 'send',
          occurredAt: new Date(event.at),
          textZh: sendText(title, send.contentKind),
          data: { sendId: send.id, channel: send.channel, contentKind: send.contentKind, versionId: send.versionId, title },
          sourceRef: `send:${send.id}`,
        },
      ]);
    } catch (error) {
      logger.error('feed send write failed', { error: (error as Error).message, sendId: event.sendId });
    }
  }
}
