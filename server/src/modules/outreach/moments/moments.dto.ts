import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional } from 'class-validator';
import { EnumField, IntField } from '../../../common/validation/fields.js';
import { CONTENT_KINDS, type ContentKind } from '../../library/library.constants.js';

export class CreateMomentsInput {
  @EnumField(CONTENT_KINDS) contentKind: ContentKind;
  @IntField({ min: 1 }) contentId: number;
  @IntField({ optional: true, min: 1 }) variantId?: number;
  @ApiPropertyOptional({ type: [Number], description: '总部代多位投顾发布（员工 id）；投顾只能为自己发布' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100_000)
  @Type(() => Number)
  @IsInt({ each: true })
  senderStaffIds?: number[];
}

export class MomentsTaskDto {
  @ApiProperty() id: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) campaignId: number | null;
  @ApiProperty({ enum: CONTENT_KINDS }) contentKind: ContentKind;
  @ApiProperty() contentId: number;
  @ApiProperty() versionId: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) approverId: number | null;
  @ApiProperty({ enum: ['pending', 'submitting', 'submitted', 'done', 'failed', 'unknown'] }) status: string;
  @ApiProperty() senderCount: number;
  @ApiPropertyOptional({ type: String, nullable: true }) momentId: string | null;
  @ApiProperty({ type: [String], description: '企业微信判定无效的发表成员' }) invalidSenders: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) error: string | null;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) completedAt: Date | null;
}
