import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from '@valuelens/contracts';
import { BoolField, EnumField, IntField, TextField } from '../../../common/validation/fields.js';
import { CONTENT_KINDS, type ContentKind } from '../../library/library.constants.js';
import type { SendChannel } from '../rules/frequency-budget.js';
import { ScreeningHitDto } from '../screening/lexicon.dto.js';

const SEND_CHANNELS: readonly SendChannel[] = ['chat', 'mass', 'moments', 'share'];
const ERROR_CODE_LIST = Object.keys(ERROR_CODES);

export class CheckSendInput {
  @IntField({ optional: true, min: 1, description: '单聊客户；与 chatId 二选一' }) clientId?: number;
  @TextField({ optional: true, max: 64, description: '客户群 chat_id；与 clientId 二选一' }) chatId?: string;
  @EnumField(CONTENT_KINDS) contentKind: ContentKind;
  @IntField({ min: 1 }) contentId: number;
  @IntField({ optional: true, min: 1, description: '素材的框架版本（收益/损失/中性）' }) variantId?: number;
  @TextField({ optional: true, max: 5000, description: '投顾编辑后的文字' }) editedText?: string;
  @EnumField(SEND_CHANNELS) channel: SendChannel;
  @BoolField({ optional: true, description: '客户正在会话中（免打扰时段内的回复）' }) liveConversation?: boolean;
}

export class GateStepDto {
  @ApiProperty({ enum: ['approval', 'suitability', 'screening', 'frequency'] }) step: string;
  @ApiProperty({ enum: ['pass', 'warn', 'block'] }) outcome: string;
  @ApiPropertyOptional({ enum: ERROR_CODE_LIST }) code?: ErrorCode;
  @ApiProperty({ description: '中文说明' }) reasonZh: string;
}

export class GateWarningDto {
  @ApiProperty() step: string;
  @ApiProperty() reasonZh: string;
  @ApiPropertyOptional({ type: ScreeningHitDto }) hit?: ScreeningHitDto;
}

class StaffRefDto {
  @ApiProperty() id: number;
  @ApiPropertyOptional({ type: String, nullable: true }) name: string | null;
}

class VariantRefDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['gain', 'loss', 'neutral'] }) framing: string;
  @ApiProperty() title: string;
}

export class SentVersionDto {
  @ApiProperty({ enum: CONTENT_KINDS }) kind: ContentKind;
  @ApiProperty() contentId: number;
  @ApiProperty() versionId: number;
  @ApiProperty() versionNo: number;
  @ApiProperty() title: string;
  @ApiProperty() status: string;
  @ApiPropertyOptional({ type: StaffRefDto, nullable: true }) approvedBy: StaffRefDto | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) approvedAt: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) validUntil: Date | null;
  @ApiPropertyOptional({ type: VariantRefDto, nullable: true }) variant: VariantRefDto | null;
}

export class CheckSendResultDto {
  @ApiProperty() allowed: boolean;
  @ApiPropertyOptional({ enum: ERROR_CODE_LIST, description: '第一个阻断项的错误码' }) code?: ErrorCode;
  @ApiProperty({ description: '阻断原因或通过说明' }) reasonZh: string;
  @ApiPropertyOptional({ type: Date, nullable: true, description: '频次/免打扰阻断时，最早可发送时间' }) nextAllowedAt: Date | null;
  @ApiProperty({ type: [GateStepDto] }) steps: GateStepDto[];
  @ApiProperty({ type: [GateWarningDto] }) warnings: GateWarningDto[];
  @ApiProperty({ type: [ScreeningHitDto] }) screeningHits: ScreeningHitDto[];
  @ApiProperty({ type: SentVersionDto }) version: SentVersionDto;
  @ApiPropertyOptional({ type: String, nullable: true, description: '填充变量并附加免责声明后的发送文字' }) outgoingText: string | null;
}
