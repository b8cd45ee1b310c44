import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { BoolField, EnumField, IntField, TextField } from '../../../common/validation/fields.js';
import { DISCLAIMER_CONTENT_TYPES } from '../rules/disclaimers.js';
import type { WecomMassQuotaRule } from '../rules/frequency-budget.js';

const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MASS_QUOTA_RULES: readonly WecomMassQuotaRule[] = ['days_in_month', 'seven_per_week', 'one_per_day'];

export class FrequencyCapsInput {
  @IntField({ optional: true, min: 0, max: 1000, description: '每客户每日上限；不填为不限' }) perDay?: number | null;
  @IntField({ optional: true, min: 0, max: 1000, description: '每客户每周上限' }) perWeek?: number | null;
  @IntField({ optional: true, min: 0, max: 1000, description: '每客户每月上限' }) perMonth?: number | null;
}

export class QuietHoursInput {
  @TextField({ max: 5, pattern: CLOCK_TIME, description: '开始，北京时间 HH:mm', example: '22:00' }) start: string;
  @TextField({ max: 5, pattern: CLOCK_TIME, description: '结束（不含）', example: '08:00' }) end: string;
}

export class FrequencySettingsInput {
  @ApiProperty({ type: FrequencyCapsInput }) @ValidateNested() @Type(() => FrequencyCapsInput) caps: FrequencyCapsInput;
  @ApiPropertyOptional({ type: QuietHoursInput, nullable: true, description: '不填为不设免打扰时段' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHoursInput)
  quietHours?: QuietHoursInput | null;
  @BoolField({ description: '客户主动会话中的回复是否不受频次上限限制' }) liveConversationExemptFromCaps: boolean;
  @EnumField(MASS_QUOTA_RULES, { description: '企业微信后台配置的客户群发接收规则' }) wecomMassQuota: WecomMassQuotaRule;
}

export class DisclaimerOverridesInput {
  @TextField({ optional: true, max: 1000 }) research_report?: string;
  @TextField({ optional: true, max: 1000 }) product?: string;
  @TextField({ optional: true, max: 1000 }) market_view?: string;
  @TextField({ optional: true, max: 1000 }) education?: string;
  @TextField({ optional: true, max: 1000 }) activity?: string;
}

export class DisclaimerSettingsInput {
  @ApiProperty({ type: DisclaimerOverridesInput, description: '按内容类型覆盖默认免责声明；可用 {validUntil} {riskLevel} {copyrightHolder}' })
  @ValidateNested()
  @Type(() => DisclaimerOverridesInput)
  overrides: DisclaimerOverridesInput;
  @TextField({ optional: true, max: 100, description: '研报版权方（公司注册名称）' }) copyrightHolder?: string | null;
}

export class ComplianceSettingsUpdate {
  @ApiPropertyOptional({ type: FrequencySettingsInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => FrequencySettingsInput)
  frequency?: FrequencySettingsInput;
  @ApiPropertyOptional({ type: DisclaimerSettingsInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => DisclaimerSettingsInput)
  disclaimers?: DisclaimerSettingsInput;
}

class FrequencyCapsDto {
  @ApiPropertyOptional({ type: Number, nullable: true }) perDay: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) perWeek: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) perMonth: number | null;
}

class QuietHoursDto {
  @ApiProperty() start: string;
  @ApiProperty() end: string;
}

export class FrequencySettingsDto {
  @ApiProperty({ type: FrequencyCapsDto }) caps: FrequencyCapsDto;
  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true }) quietHours: QuietHoursDto | null;
  @ApiProperty({ type: [String], description: '计入频次的渠道（固定）' }) cappedChannels: string[];
  @ApiProperty() liveConversationExemptFromCaps: boolean;
  @ApiProperty({ enum: MASS_QUOTA_RULES }) wecomMassQuota: WecomMassQuotaRule;
}

export class DisclaimerSettingsDto {
  @ApiProperty({ description: '覆盖的模板，按内容类型', type: 'object', additionalProperties: { type: 'string' } })
  overrides: Record<string, string>;
  @ApiPropertyOptional({ type: String, nullable: true }) copyrightHolder: string | null;
  @ApiProperty({ description: '默认模板（只读）', type: 'object', additionalProperties: { type: 'string' } })
  defaults: Record<string, string>;
  @ApiProperty({ enum: DISCLAIMER_CONTENT_TYPES, isArray: true }) contentTypes: string[];
}

export class ComplianceSettingsDto {
  @ApiProperty({ type: FrequencySettingsDto }) frequency: FrequencySettingsDto;
  @ApiProperty({ type: DisclaimerSettingsDto }) disclaimers: DisclaimerSettingsDto;
}
