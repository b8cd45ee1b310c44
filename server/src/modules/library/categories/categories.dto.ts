import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, IntField, TextField } from '../../../common/validation/fields.js';
import { CATEGORY_KINDS, type CategoryKind } from '../library.constants.js';

export class CategoryQuery {
  @EnumField(CATEGORY_KINDS) kind: CategoryKind;
}

export class CreateCategoryInput {
  @EnumField(CATEGORY_KINDS) kind: CategoryKind;
  @TextField({ max: 64, description: '分类名称' }) name: string;
  @IntField({ optional: true, min: 1, description: '上级分类' }) parentId?: number;
  @IntField({ optional: true, min: 0, max: 100_000 }) sortOrder?: number;
}

export class UpdateCategoryInput {
  @TextField({ optional: true, max: 64 }) name?: string;
  @IntField({ optional: true, min: 0, max: 100_000 }) sortOrder?: number;
}

export class CategoryDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: CATEGORY_KINDS }) kind: CategoryKind;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) parentId: number | null;
  @ApiProperty({ description: 'Materialised path, e.g. /3/17/' }) path: string;
  @ApiProperty() sortOrder: number;
}
