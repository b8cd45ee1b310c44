import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTENT_KINDS, type ContentKind } from '../../library/library.constants.js';

/** One campaign task as the advisor's to-do. */
export class AdvisorTaskDto {
  @ApiProperty() id: number;
  @ApiProperty() campaignId: number;
  @ApiProperty() campaignName: string;
  @ApiProperty({ enum: ['mass', 'group_mass', 'moments', 'share'] }) channel: string;
  @ApiProperty({ enum: CONTENT_KINDS }) contentKind: ContentKind;
  @ApiProperty() contentId: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) versionId: number | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '内容标题' }) title: string | null;
  @ApiProperty({ enum: ['pending', 'submitting', 'submitted', 'confirmed', 'partially', 'done', 'failed', 'cancelled'] }) status: string;
  @ApiProperty({ description: '需要在企业微信中确认发送' }) needsConfirmation: boolean;
  @ApiProperty() recipientCount: number;
  @ApiProperty() deliveredCount: number;
  @ApiProperty() failedCount: number;
  @ApiPropertyOptional({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) confirmedAt: Date | null;
}
