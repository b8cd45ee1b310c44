import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ARCHETYPES, type Archetype } from '@valuelens/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { EnumField, IntField, PageQuery, StringArrayField, TextField } from '../../../common/validation/fields.js';
import { CONTENT_VERSION_STATUSES, type ContentVersionStatus } from '../../compliance/rules/sendability.js';
import { MATERIAL_TYPES, type MaterialType, VARIANT_FRAMINGS, type VariantFraming } from '../library.constants.js';
import { ContentTaggingInput } from '../versions/common-version.input.js';
import { VersionWorkflowDto } from '../versions/version.dto.js';

export class MaterialQuery extends PageQuery {
  @TextField({ optional: true, max: 64, description: '搜索标题、摘要和正文' }) q?: string;
  @IntField({ optional: true, min: 1 }) categoryId?: number;
  @EnumField(CONTENT_VERSION_STATUSES, { optional: true }) status?: ContentVersionStatus;
  @EnumField(ARCHETYPES, { optional: true }) archetype?: Archetype;
  @EnumField(MATERIAL_TYPES, { optional: true }) type?: MaterialType;
}

export class MiniProgramInput {
  @TextField({ max: 64, pattern: /^wx[0-9a-f]{16}$/, description: '小程序 appid' }) appid: string;
  @TextField({ max: 255, description: '页面路径' }) page: string;
  @TextField({ max: 64 }) title: string;
}

export class VariantInput {
  @EnumField(VARIANT_FRAMINGS, { description: 'gain 收益框架 / loss 损失框架 / neutral 中性' }) framing: VariantFraming;
  @TextField({ max: 200 }) title: string;
  @TextField({ optional: true, max: 500 }) summary?: string | null;
  @TextField({ optional: true, max: 200_000, description: '富文本，保存时过滤' }) bodyHtml?: string | null;
}

export class MaterialContentInput extends ContentTaggingInput {
  @TextField({ optional: true, max: 500 }) summary?: string | null;
  @TextField({ optional: true, max: 255, description: '封面图（上传返回的 key）' }) coverKey?: string | null;
  @TextField({ optional: true, max: 2_000_000, description: '文章富文本 HTML，保存时过滤' }) bodyHtml?: string | null;
  @TextField({ optional: true, max: 1000, pattern: /^https?:\/\//, description: '链接类素材的地址' }) linkUrl?: string | null;
  @TextField({ optional: true, max: 255, description: '图片/文件/视频/海报（上传返回的 key）' }) fileKey?: string | null;
  @ApiPropertyOptional({ type: MiniProgramInput, nullable: true }) @IsOptional() @ValidateNested() @Type(() => MiniProgramInput) miniProgram?: MiniProgramInput | null;
  @StringArrayField({ optional: true, maxItems: 50, maxLength: 16, description: '关联产品代码' }) productCodes?: string[];
  @ApiPropertyOptional({ type: [VariantInput], description: '同一信息的不同框架版本；提供时整体替换' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => VariantInput)
  variants?: VariantInput[];
}

export class CreateMaterialInput extends MaterialContentInput {
  @EnumField(MATERIAL_TYPES) type: MaterialType;
  @TextField({ max: 200 }) title: string;
}

export class UpdateMaterialInput extends MaterialContentInput {
  @TextField({ optional: true, max: 200 }) title?: string;
}

export class VariantDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: VARIANT_FRAMINGS }) framing: VariantFraming;
  @ApiProperty() title: string;
  @ApiPropertyOptional({ type: String, nullable: true }) summary: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) bodyHtml: string | null;
}

class MiniProgramDto {
  @ApiProperty() appid: string;
  @ApiProperty() page: string;
  @ApiProperty() title: string;
}

export class MaterialVersionDto extends VersionWorkflowDto {
  @ApiProperty() materialId: number;
  @ApiPropertyOptional({ type: String, nullable: true }) summary: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) coverKey: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: '已过滤的 HTML' }) bodyHtml: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) linkUrl: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) fileKey: string | null;
  @ApiPropertyOptional({ type: MiniProgramDto, nullable: true }) miniProgram: MiniProgramDto | null;
  @ApiProperty({ type: [String] }) productCodes: string[];
  @ApiProperty({ type: [VariantDto] }) variants: VariantDto[];
}

export class MaterialDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: MATERIAL_TYPES }) type: MaterialType;
  @ApiPropertyOptional({ type: Number, nullable: true }) categoryId: number | null;
  @ApiProperty() sentCount: number;
  @ApiProperty() openedCount: number;
  @ApiProperty() convertedCount: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) latestVersionId: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) approvedVersionId: number | null;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ type: MaterialVersionDto }) version: MaterialVersionDto;
}

export class MaterialPageDto {
  @ApiProperty({ type: [MaterialDto] }) items: MaterialDto[];
  @ApiProperty() total: number;
}

export class MaterialDetailDto extends MaterialDto {
  @ApiPropertyOptional({ type: MaterialVersionDto, nullable: true }) approvedVersion: MaterialVersionDto | null;
}
