import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TAG_LAYERS, TAG_SOURCES, type TagLayer, type TagSource } from '../entities/client-tag.entity.js';
import { TextField } from '../../../common/validation/fields.js';
import { TAG_KEY_PATTERN } from './tag-catalog.js';

export class AddTagDto {
  @TextField({ min: 2, max: 32, pattern: TAG_KEY_PATTERN, description: '标签键：画像原型/心理特质的 id，或自定义键（小写字母、数字、下划线）', example: 'security' })
  tagKey: string;
  @TextField({ optional: true, max: 32, description: '标签名称；自定义标签必填' }) labelZh?: string;
  @TextField({ min: 2, max: 200, description: '添加原因' }) reason: string;
}

export class RemoveTagDto {
  @TextField({ min: 2, max: 200, description: '移除原因' }) reason: string;
}

export class ClientTagDto {
  @ApiProperty() tagKey: string;
  @ApiProperty() labelZh: string;
  @ApiProperty({ enum: TAG_LAYERS }) layer: TagLayer;
  @ApiProperty({ enum: TAG_SOURCES, description: 'manual: set by an advisor and overriding the computed tag' }) source: TagSource;
  @ApiPropertyOptional({ type: Number, description: '0–100 when computed' }) score?: number;
}

export class TagHistoryEntryDto {
  @ApiProperty() tagKey: string;
  @ApiProperty({ enum: ['add', 'remove'] }) action: 'add' | 'remove';
  @ApiProperty({ enum: TAG_SOURCES }) source: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) actorId: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) actorName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
