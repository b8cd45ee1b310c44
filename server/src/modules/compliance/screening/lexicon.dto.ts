import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BoolField, EnumField, PageQuery, TextField } from '../../../common/validation/fields.js';
import { SCREENING_CATEGORIES, SCREENING_LEVELS, type ScreeningCategory, type ScreeningLevel } from '../rules/screening/screening.types.js';

export class LexiconQuery extends PageQuery {
  @TextField({ optional: true, max: 64, description: '词条包含' }) q?: string;
  @EnumField(SCREENING_LEVELS, { optional: true }) level?: ScreeningLevel;
  @EnumField(SCREENING_CATEGORIES, { optional: true }) category?: ScreeningCategory;
}

export class LexiconEntryInput {
  @TextField({ max: 64, description: '禁用或提示词条' }) term: string;
  @EnumField(SCREENING_LEVELS, { description: 'block 禁止发送，warn 提示确认' }) level: ScreeningLevel;
  @EnumField(SCREENING_CATEGORIES) category: ScreeningCategory;
  @TextField({ max: 500, description: '原因（引用的规定）' }) reason: string;
  @TextField({ optional: true, max: 500, description: '合规替代表述' }) suggestion?: string;
  @BoolField({ optional: true }) enabled?: boolean;
}

export class LexiconEntryUpdate {
  @TextField({ optional: true, max: 64 }) term?: string;
  @EnumField(SCREENING_LEVELS, { optional: true }) level?: ScreeningLevel;
  @EnumField(SCREENING_CATEGORIES, { optional: true }) category?: ScreeningCategory;
  @TextField({ optional: true, max: 500 }) reason?: string;
  @TextField({ optional: true, max: 500 }) suggestion?: string;
  @BoolField({ optional: true }) enabled?: boolean;
}

export class LexiconEntryDto {
  @ApiProperty() id: number;
  @ApiProperty() term: string;
  @ApiProperty({ enum: SCREENING_LEVELS }) level: ScreeningLevel;
  @ApiProperty({ enum: SCREENING_CATEGORIES }) category: ScreeningCategory;
  @ApiProperty() reason: string;
  @ApiPropertyOptional({ type: String, nullable: true }) suggestion: string | null;
  @ApiProperty() enabled: boolean;
  @ApiPropertyOptional({ type: Number, nullable: true }) updatedBy: number | null;
  @ApiProperty() updatedAt: Date;
}

export class LexiconPageDto {
  @ApiProperty({ type: [LexiconEntryDto] }) items: LexiconEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty({ description: '当前词库版本号' }) version: number;
}

export class ScreenTextInput {
  @TextField({ max: 20_000, description: '要检测的文字' }) text: string;
}

export class ScreeningHitDto {
  @ApiProperty() term: string;
  @ApiProperty({ enum: SCREENING_LEVELS }) level: ScreeningLevel;
  @ApiProperty({ enum: SCREENING_CATEGORIES }) category: ScreeningCategory;
  @ApiProperty() reason: string;
  @ApiPropertyOptional({ type: String, nullable: true }) suggestion: string | null;
  @ApiProperty({ description: 'UTF-16 offset in the text' }) start: number;
  @ApiProperty() end: number;
  @ApiProperty() excerpt: string;
  @ApiProperty({ enum: ['lexicon', 'detector'] }) source: 'lexicon' | 'detector';
}

export class ScreeningResultDto {
  @ApiProperty({ enum: ['pass', 'warn', 'block'] }) verdict: 'pass' | 'warn' | 'block';
  @ApiProperty({ type: [ScreeningHitDto] }) hits: ScreeningHitDto[];
  @ApiProperty({ description: 'Lexicon version the text was screened with' }) lexiconVersion: string;
}
