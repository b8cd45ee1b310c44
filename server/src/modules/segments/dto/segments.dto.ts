import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CLIENT_RISK_LEVELS } from '@valuelens/contracts';
import { PageQuery, TextField } from '../../../common/validation/fields.js';
import { JsonObjectField } from '../../portrait/rules/json-object.field.js';

const FILTER_HELP = '{and:[…]} | {or:[…]} | {not:{…}} | {field, op, value} | {tag, minScore?, source?}';

export class SegmentFilterDto {
  @JsonObjectField(`分群条件：${FILTER_HELP}`) filter: Record<string, unknown>;
}

export class SaveSegmentDto extends SegmentFilterDto {
  @TextField({ max: 64, description: '分群名称' }) name: string;
  @TextField({ optional: true, max: 255, description: '说明' }) description?: string;
}

export class SegmentClientsQuery extends PageQuery {}

export class SegmentCountDto {
  @ApiProperty({ description: 'Clients matching the filter within the caller’s scope' }) count: number;
}

export class SegmentDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) filter: Record<string, unknown>;
  @ApiPropertyOptional({ type: Number, nullable: true }) createdBy: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SegmentClientDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ enum: ['male', 'female'], nullable: true }) gender: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) ageBand: string | null;
  @ApiPropertyOptional({ enum: CLIENT_RISK_LEVELS, nullable: true }) riskLevel: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '138****5678' }) phoneMasked: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) topArchetype: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lifecycle: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) valueGroup: string | null;
}

export class SegmentClientPageDto {
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: [SegmentClientDto] }) items: SegmentClientDto[];
}
