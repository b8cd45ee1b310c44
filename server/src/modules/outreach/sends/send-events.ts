import type { SendRecordDto } from './sends.dto.js';
import type { Send } from './send.entity.js';

/** Domain event for the feed: a send reached a client's (or group's) chat. */
export const SEND_RECORDED = 'send.recorded';

export interface SendRecordedEvent {
  sendId: number;
  clientId: number | null;
  staffId: number;
  at: Date;
}

export function toSendRecordDto(send: Send): SendRecordDto {
  return {
    id: send.id,
    status: send.status,
    channel: send.channel,
    clientId: send.clientId,
    chatId: send.chatId,
    contentKind: send.contentKind,
    contentId: send.contentId,
    versionId: send.versionId,
    approverId: send.approverId,
    sentAt: send.sentAt,
    failReason: send.failReason,
  };
}
