import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ARCHETYPES, type Archetype } from '@valuelens/contracts';
import { EnumField, IntField, PageQuery, TextField } from '../../../common/validation/fields.js';
import { CONTENT_VERSION_STATUSES, type ContentVersionStatus } from '../../compliance/rules/sendability.js';
import { ContentTaggingInput } from '../versions/common-version.input.js';
import { VersionWorkflowDto } from '../versions/version.dto.js';

export class ScriptQuery extends PageQuery {
  @TextField({ optional: true, max: 64, description: '搜索标题和正文' }) q?: string;
  @IntField({ optional: true, min: 1, description: '分类（含子分类）' }) categoryId?: number;
  @EnumField(CONTENT_VERSION_STATUSES, { optional: true }) status?: ContentVersionStatus;
  @EnumField(ARCHETYPES, { optional: true }) archetype?: Archetype;
}

export class CreateScriptInput extends ContentTaggingInput {
  @TextField({ max: 200, description: '标题' }) title: string;
  @TextField({ max: 5000, description: '正文，可用 {{客户称呼}} 等变量' }) body: string;
  @TextField({ optional: true, max: 100, description: '填充 {{产品名称}}' }) productName?: string | null;
}

export class UpdateScriptInput extends ContentTaggingInput {
  @TextField({ optional: true, max: 200 }) title?: string;
  @TextField({ optional: true, max: 5000 }) body?: string;
  @TextField({ optional: true, max: 100 }) productName?: string | null;
}

export class ScriptVersionDto extends VersionWorkflowDto {
  @ApiProperty() scriptId: number;
  @ApiProperty() body: string;
  @ApiPropertyOptional({ type: String, nullable: true }) productName: string | null;
  @ApiProperty({ type: [String], description: '正文中使用的变量' }) variables: string[];
}

export class ScriptDto {
  @ApiProperty() id: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) categoryId: number | null;
  @ApiProperty() sentCount: number;
  @ApiProperty() openedCount: number;
  @ApiProperty() convertedCount: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) latestVersionId: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) approvedVersionId: number | null;
  @ApiProperty() updatedAt: Date;
  @ApiProperty({ type: ScriptVersionDto, description: '列表中：总部/合规看到最新版本，投顾看到当前已通过版本' }) version: ScriptVersionDto;
}

export class ScriptPageDto {
  @ApiProperty({ type: [ScriptDto] }) items: ScriptDto[];
  @ApiProperty() total: number;
}

export class ScriptDetailDto extends ScriptDto {
  @ApiPropertyOptional({ type: ScriptVersionDto, nullable: true, description: '当前已通过的版本' }) approvedVersion: ScriptVersionDto | null;
}

export class TemplateVariableDto {
  @ApiProperty({ example: '客户称呼' }) name: string;
  @ApiProperty() descriptionZh: string;
  @ApiProperty({ description: '取不到值时使用' }) fallback: string;
}
