import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BoolField, EnumField, IntField, TextField } from '../../../common/validation/fields.js';
import { GateWarningDto, SentVersionDto } from '../../compliance/send-gate/check-send.dto.js';
import { CONTENT_KINDS, type ContentKind } from '../../library/library.constants.js';
import { ChatMessageDto } from '../content/message.dto.js';

export class PrepareSendInput {
  @TextField({ optional: true, max: 64, description: '单聊：getCurExternalContact 返回的 userId；与 chatId 二选一' }) externalUserId?: string;
  @TextField({ optional: true, max: 64, description: '群聊：getCurExternalChat 返回的 chatId' }) chatId?: string;
  @EnumField(CONTENT_KINDS) contentKind: ContentKind;
  @IntField({ min: 1 }) contentId: number;
  @IntField({ optional: true, min: 1, description: '素材的框架版本' }) variantId?: number;
  @TextField({ optional: true, max: 4000, description: '投顾编辑后的文字（会再次筛查）' }) editedText?: string;
  @IntField({ optional: true, min: 1, description: '来自总部任务的“编辑后发送”' }) taskId?: number;
  @BoolField({ optional: true, description: '客户正在会话中' }) liveConversation?: boolean;
}

export class PreparedSendDto {
  @ApiProperty() sendId: number;
  @ApiProperty({ type: ChatMessageDto, description: 'ww.sendChatMessage 的参数' }) message: ChatMessageDto;
  @ApiPropertyOptional({ description: '消息中的追踪链接' }) trackedUrl?: string;
  @ApiProperty({ type: SentVersionDto }) version: SentVersionDto;
  @ApiProperty({ type: [GateWarningDto] }) warnings: GateWarningDto[];
}

export class FailSendInput {
  @TextField({ max: 500, description: 'sendChatMessage 返回的 errMsg' }) errMsg: string;
}

export class SendRecordDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['prepared', 'queued', 'sent', 'pending_confirm', 'delivered', 'failed', 'cancelled', 'excluded'] }) status: string;
  @ApiProperty({ enum: ['chat', 'mass', 'group_mass', 'moments', 'share'] }) channel: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) clientId: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) chatId: string | null;
  @ApiProperty({ enum: CONTENT_KINDS }) contentKind: ContentKind;
  @ApiProperty() contentId: number;
  @ApiProperty() versionId: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) approverId: number | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) sentAt: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) failReason: string | null;
}
