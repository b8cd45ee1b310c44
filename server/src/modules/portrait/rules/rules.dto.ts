import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TextField } from '../../../common/validation/fields.js';
import { JsonObjectField } from './json-object.field.js';

export class UpdateRulesDto {
  @JsonObjectField('完整的画像规则（RuleSet）；version 可省略，由服务端生成') rules: Record<string, unknown>;
  @TextField({ min: 2, max: 255, description: '修改说明' }) changeNote: string;
}

export class PreviewRulesDto {
  @JsonObjectField('待预览的画像规则（RuleSet）') rules: Record<string, unknown>;
}

export class RuleVersionDto {
  @ApiProperty() version: string;
  @ApiProperty() changeNote: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) createdBy: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() active: boolean;
}

export class RulesDto {
  @ApiProperty({ description: 'Version of the active rules' }) version: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The active RuleSet' }) rules: Record<string, unknown>;
  @ApiProperty({ type: [RuleVersionDto], description: 'Newest first' }) changelog: RuleVersionDto[];
}

export class RulesPreviewDto {
  @ApiProperty({ enum: ['all', 'sample'], description: 'all: every client was recomputed; sample: an even sample' }) basis: 'all' | 'sample';
  @ApiProperty() totalClients: number;
  @ApiProperty({ description: 'Clients recomputed under both rule sets' }) compared: number;
  @ApiProperty() topArchetypeChanged: number;
  @ApiProperty() lifecycleChanged: number;
  @ApiProperty({ description: 'The version the candidate was compared against' }) activeVersion: string;
}

export class RecomputeStartedDto {
  @ApiProperty() jobId: string;
}

export class RecomputeStatusDto {
  @ApiProperty({ enum: ['waiting', 'active', 'completed', 'failed', 'dead'] }) status: string;
  @ApiProperty() processed: number;
  @ApiProperty() total: number;
  @ApiPropertyOptional() error?: string;
}
