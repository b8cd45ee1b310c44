import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IntField, TextField } from '../../../common/validation/fields.js';
import { CURSOR_PATTERN } from './feed-cursor.js';
import { FEED_ITEM_TYPES, type FeedItemType } from './feed-item.entity.js';

export class FeedQuery {
  @TextField({ optional: true, max: 300, pattern: /^[a-z_]+(,[a-z_]+)*$/, description: `类型过滤，逗号分隔：${FEED_ITEM_TYPES.join(',')}` })
  types?: string;

  @TextField({ optional: true, max: 40, pattern: CURSOR_PATTERN, description: '上一页返回的 nextBefore（键集分页）' })
  before?: string;

  @IntField({ optional: true, min: 1, max: 100, description: '条数，默认 30' })
  limit?: number;
}

export class FeedItemDto {
  @ApiProperty() id: number;
  @ApiProperty() clientId: number;
  @ApiProperty() clientName: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) staffId: number | null;
  @ApiProperty({ enum: FEED_ITEM_TYPES }) type: FeedItemType;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ example: '王女士阅读《白酒行业深度》3分12秒，并将 600519 加入自选' }) textZh: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '类型相关的数据（时长、产品代码、金额、来源等）' })
  data: Record<string, unknown>;
}

export class FeedPageDto {
  @ApiProperty({ type: [FeedItemDto] }) items: FeedItemDto[];
  @ApiPropertyOptional({ type: String, nullable: true, description: '下一页游标；null 表示没有更多' }) nextBefore: string | null;
}
