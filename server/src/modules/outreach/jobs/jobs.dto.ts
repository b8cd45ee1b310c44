import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IntField } from '../../../common/validation/fields.js';

export class DeadJobsQuery {
  @IntField({ optional: true, min: 1, max: 500, description: '最多返回条数' }) limit?: number;
}

export class JobInfoDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['waiting', 'active', 'completed', 'failed', 'dead'] }) state: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
  @ApiPropertyOptional() error?: string;
  @ApiProperty() createdAt: Date;
}

export class JobRetryDto {
  @ApiProperty({ description: '是否已重新排队' }) retried: boolean;
}
