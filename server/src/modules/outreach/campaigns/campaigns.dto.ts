import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { BoolField, DateField, EnumField, IntField, PageQuery, TextField } from '../../../common/validation/fields.js';
import { CONTENT_KINDS, type ContentKind } from '../../library/library.constants.js';
import { EXCLUSION_CODES } from './campaign.entities.js';

/** Exactly one of: everyone in scope, a filter, a saved segment, or named clients. */
export class AudienceInput {
  @BoolField({ optional: true, description: '范围内的全部客户' }) all?: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: '分群条件（与分群接口相同的 JSON）' })
  @IsOptional()
  @IsObject()
  segmentFilter?: Record<string, unknown>;
  @IntField({ optional: true, min: 1, description: '已保存的分群' }) segmentId?: number;
  @ApiPropertyOptional({ type: [Number], description: '指定客户 id（最多 100,000 个）' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100_000)
  @Type(() => Number)
  @IsInt({ each: true })
  clientIds?: number[];
}

export class ContentRefInput {
  @EnumField(CONTENT_KINDS) contentKind: ContentKind;
  @IntField({ min: 1 }) contentId: number;
  @IntField({ optional: true, min: 1, description: '素材的框架版本' }) variantId?: number;
  @ApiProperty({ type: AudienceInput }) @ValidateNested() @Type(() => AudienceInput) audience: AudienceInput;
}

export class CreateCampaignInput extends ContentRefInput {
  @TextField({ max: 100 }) name: string;
  @IntField({ optional: true, min: 1, description: '关联的活动' }) activityId?: number;
  @EnumField(['mass', 'group_mass', 'moments'] as const, { description: 'mass 客户群发 / group_mass 客户群群发 / moments 朋友圈' }) channel: 'mass' | 'group_mass' | 'moments';
  @DateField({ optional: true, description: '定时发送；不填则启动后立即开始' }) runAt?: Date;
}

export class CampaignQuery extends PageQuery {
  @EnumField(['draft', 'scheduled', 'planning', 'fanning_out', 'running', 'completed', 'cancelled', 'failed'] as const, { optional: true }) status?: string;
  @EnumField(['hq', 'advisor'] as const, { optional: true }) origin?: 'hq' | 'advisor';
}

export class ExclusionQuery extends PageQuery {
  @EnumField(EXCLUSION_CODES, { optional: true }) code?: string;
}

export class RemindInput {
  @ApiPropertyOptional({ type: [Number], description: '只提醒这些任务；不填则提醒全部未确认的任务' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @Type(() => Number)
  @IsInt({ each: true })
  taskIds?: number[];
}

export class CampaignProgressDto {
  @ApiProperty({ description: '分配到任务的客户数' }) assigned: number;
  @ApiProperty({ description: '已交给企业微信、等待投顾确认的客户数' }) pendingConfirm: number;
  @ApiProperty({ description: '投顾已确认发送的任务中的客户数' }) confirmed: number;
  @ApiProperty() delivered: number;
  @ApiProperty() failed: number;
  @ApiProperty() cancelled: number;
  @ApiProperty({ description: '任务数（按状态）', type: 'object', additionalProperties: { type: 'number' } }) tasksByStatus: Record<string, number>;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '打开数（来自链接追踪）' }) opened: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '转化数（来自链接追踪）' }) converted: number | null;
}

export class CampaignDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['hq', 'advisor'] }) origin: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) activityId: number | null;
  @ApiProperty({ enum: CONTENT_KINDS }) contentKind: ContentKind;
  @ApiProperty() contentId: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) variantId: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) versionId: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) approverId: number | null;
  @ApiProperty({ enum: ['mass', 'group_mass', 'moments'] }) channel: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) audience: Record<string, unknown>;
  @ApiPropertyOptional({ type: Date, nullable: true }) runAt: Date | null;
  @ApiProperty({ enum: ['draft', 'scheduled', 'planning', 'fanning_out', 'running', 'completed', 'cancelled', 'failed'] }) status: string;
  @ApiPropertyOptional({ type: String, nullable: true }) failureCode: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) failureReason: string | null;
  @ApiProperty() eligibleCount: number;
  @ApiProperty() excludedCount: number;
  @ApiProperty() taskCount: number;
  @ApiProperty() createdBy: number;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) launchedAt: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) completedAt: Date | null;
}

export class CampaignDetailDto extends CampaignDto {
  @ApiProperty({ type: CampaignProgressDto }) progress: CampaignProgressDto;
}

export class CampaignPageDto {
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [CampaignDto] }) items: CampaignDto[];
}

export class ExclusionDto {
  @ApiProperty() clientId: number;
  @ApiProperty() clientName: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) staffId: number | null;
  @ApiProperty({ enum: EXCLUSION_CODES }) code: string;
  @ApiProperty() reasonZh: string;
}

export class ExclusionReportDto {
  @ApiProperty() total: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) countsByCode: Record<string, number>;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [ExclusionDto] }) items: ExclusionDto[];
}

export class AdvisorBreakdownDto {
  @ApiProperty() staffId: number;
  @ApiProperty() staffName: string;
  @ApiProperty() tasks: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) tasksByStatus: Record<string, number>;
  @ApiProperty() assigned: number;
  @ApiProperty() delivered: number;
  @ApiProperty() failed: number;
  @ApiProperty() reminders: number;
}

export class RemindSkipDto {
  @ApiProperty() taskId: number;
  @ApiProperty() reasonZh: string;
}

export class RemindReportDto {
  @ApiProperty({ type: [Number] }) reminded: number[];
  @ApiProperty({ type: [RemindSkipDto] }) skipped: RemindSkipDto[];
}

export class SyncReportDto {
  @ApiProperty() synced: number;
  @ApiProperty() waitingForAdvisor: number;
}
