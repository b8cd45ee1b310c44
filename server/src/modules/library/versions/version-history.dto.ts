import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, IntField, PageQuery } from '../../../common/validation/fields.js';
import { CONTENT_VERSION_STATUSES, type ContentVersionStatus } from '../../compliance/rules/sendability.js';
import { CONTENT_KINDS, type ContentKind } from '../library.constants.js';
import { StaffRefDto, VersionWorkflowDto } from './version.dto.js';

export class FieldChangeDto {
  @ApiProperty() field: string;
  @ApiPropertyOptional({ description: 'Value before (JSON)', nullable: true }) before: unknown;
  @ApiPropertyOptional({ description: 'Value after (JSON)', nullable: true }) after: unknown;
}

export class DiffLineDto {
  @ApiProperty({ enum: ['equal', 'add', 'remove'] }) op: 'equal' | 'add' | 'remove';
  @ApiProperty() text: string;
}

export class VersionHistoryEntryDto extends VersionWorkflowDto {
  @ApiProperty({ description: 'Fields changed against the previous version', type: [String] }) changedFields: string[];
  @ApiProperty({ description: 'Whether the title or body text changed against the previous version' }) textChanged: boolean;
}

export class VersionHistoryDto {
  @ApiProperty({ enum: CONTENT_KINDS }) kind: ContentKind;
  @ApiProperty() contentId: number;
  @ApiProperty({ type: [VersionHistoryEntryDto], description: 'Newest first' }) versions: VersionHistoryEntryDto[];
}

class VersionRefDto {
  @ApiProperty() versionId: number;
  @ApiProperty() versionNo: number;
  @ApiProperty({ enum: CONTENT_VERSION_STATUSES }) status: ContentVersionStatus;
}

export class VersionDiffDto {
  @ApiProperty({ enum: CONTENT_KINDS }) kind: ContentKind;
  @ApiProperty() contentId: number;
  @ApiPropertyOptional({ type: VersionRefDto, nullable: true, description: 'null when diffing the first version' }) from: VersionRefDto | null;
  @ApiProperty({ type: VersionRefDto }) to: VersionRefDto;
  @ApiProperty({ type: [FieldChangeDto] }) fields: FieldChangeDto[];
  @ApiProperty({ type: [DiffLineDto], description: 'Line diff of title + body text' }) lines: DiffLineDto[];
}

export class DiffQuery {
  @IntField({ optional: true, min: 1, description: '对比的版本 id（同一内容）；默认上一版本' }) against?: number;
}

export class ApprovalQueueQuery extends PageQuery {
  @EnumField(CONTENT_VERSION_STATUSES, { optional: true, description: '默认 pending' }) status?: ContentVersionStatus;
  @EnumField(CONTENT_KINDS, { optional: true }) kind?: ContentKind;
}

export class ApprovalItemDto {
  @ApiProperty({ enum: CONTENT_KINDS }) kind: ContentKind;
  @ApiProperty() contentId: number;
  @ApiProperty() versionId: number;
  @ApiProperty() versionNo: number;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CONTENT_VERSION_STATUSES }) status: ContentVersionStatus;
  @ApiPropertyOptional({ type: String, nullable: true, description: '素材类型' }) materialType: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) riskLevel: string | null;
  @ApiProperty() isProductRelated: boolean;
  @ApiProperty({ description: '提交时的提示级用语条数' }) warningCount: number;
  @ApiPropertyOptional({ type: StaffRefDto, nullable: true }) submittedBy: StaffRefDto | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: '当前已通过的版本（用于对比）' }) approvedVersionId: number | null;
}

export class ApprovalPageDto {
  @ApiProperty({ type: [ApprovalItemDto] }) items: ApprovalItemDto[];
  @ApiProperty() total: number;
}
