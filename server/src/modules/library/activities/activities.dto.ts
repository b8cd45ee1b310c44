import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, Min } from 'class-validator';
import { DateField, EnumField, IntField, PageQuery, TextField } from '../../../common/validation/fields.js';


export class ActivityQuery extends PageQuery {
  @TextField({ optional: true, max: 64 }) q?: string;
  @IntField({ optional: true, min: 1 }) categoryId?: number;
  @EnumField(['active', 'archived'] as const, { optional: true }) status?: 'active' | 'archived';
  @EnumField(['true', 'false'] as const, { optional: true, description: '仅进行中的活动' }) current?: 'true' | 'false';
}

export class ActivityInput {
  @TextField({ optional: true, max: 200 }) name?: string;
  @TextField({ optional: true, max: 5000 }) description?: string;
  @DateField({ optional: true }) startsAt?: Date;
  @DateField({ optional: true }) endsAt?: Date;
  @IntField({ optional: true, min: 1 }) categoryId?: number | null;
  @ApiPropertyOptional({ type: [Number], maxItems: 50, description: '内容包：话术 id' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @Type(() => Number) @IsInt({ each: true }) @Min(1, { each: true }) scriptIds?: number[];
  @ApiPropertyOptional({ type: [Number], maxItems: 50, description: '内容包：素材 id' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @Type(() => Number) @IsInt({ each: true }) @Min(1, { each: true }) materialIds?: number[];
  @IntField({ optional: true, min: 1, description: '建议目标客群（已保存的客群）' }) segmentId?: number | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true, description: '或一个客群筛选条件' }) @IsOptional() @IsObject() segmentFilter?: Record<string, unknown> | null;
  @EnumField(['active', 'archived'] as const, { optional: true }) status?: 'active' | 'archived';
}

export class CreateActivityInput extends ActivityInput {
  @TextField({ max: 200 }) override name: string;
  @DateField() override startsAt: Date;
  @DateField() override endsAt: Date;
}

export class ActivityDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiPropertyOptional({ type: Number, nullable: true }) categoryId: number | null;
  @ApiProperty({ type: [Number] }) scriptIds: number[];
  @ApiProperty({ type: [Number] }) materialIds: number[];
  @ApiPropertyOptional({ type: Number, nullable: true }) segmentId: number | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) segmentFilter: Record<string, unknown> | null;
  @ApiProperty({ enum: ['active', 'archived'] }) status: 'active' | 'archived';
  @ApiProperty({ description: '当前时间在活动期内' }) inProgress: boolean;
  @ApiProperty() updatedAt: Date;
}

export class ActivityPageDto {
  @ApiProperty({ type: [ActivityDto] }) items: ActivityDto[];
  @ApiProperty() total: number;
}
