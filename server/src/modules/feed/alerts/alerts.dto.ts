import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject, IsOptional, ValidateNested } from 'class-validator';
import { BoolField, EnumField, IntField, TextField } from '../../../common/validation/fields.js';
import { CURSOR_PATTERN } from '../feed/feed-cursor.js';
import { ALERT_RULE_KEYS, type AlertRuleKey } from './alert-rule-definitions.js';
import { ALERT_STATUSES, type AlertStatus } from './alert.entity.js';

export class AlertQuery {
  @EnumField(ALERT_STATUSES, { optional: true, description: 'new 新提醒 / seen 已查看 / handled 已处理' }) status?: AlertStatus;
  @TextField({ optional: true, max: 40, pattern: CURSOR_PATTERN, description: '上一页返回的 nextBefore' }) before?: string;
  @IntField({ optional: true, min: 1, max: 100, description: '条数，默认 30' }) limit?: number;
}

export class HandleAlertInput {
  @TextField({ optional: true, max: 500, description: '处理说明（同时记为一条跟进记录）' }) note?: string;
}

export class AlertEvidenceDto {
  @ApiProperty({ example: '阅读产品资料《白酒行业深度》3分0秒' }) summaryZh: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }] } }) numbers: Record<string, number | string>;
  @ApiProperty({ type: [String], description: '来源：event:<事件id>、link:<链接token>、cash_flow:<流水id>、follow:…、portrait:…、snapshot:…' }) refs: string[];
}

export class SuggestedScriptDto {
  @ApiProperty() id: number;
  @ApiProperty() title: string;
}

export class AlertDto {
  @ApiProperty() id: number;
  @ApiProperty() clientId: number;
  @ApiProperty() clientName: string;
  @ApiProperty() staffId: number;
  @ApiProperty({ enum: ALERT_RULE_KEYS }) ruleKey: AlertRuleKey;
  @ApiProperty({ example: '高意向' }) ruleLabelZh: string;
  @ApiProperty({ enum: ALERT_STATUSES }) status: AlertStatus;
  @ApiProperty({ type: AlertEvidenceDto }) evidence: AlertEvidenceDto;
  @ApiProperty({ description: '建议的下一步行动' }) suggestionZh: string;
  @ApiPropertyOptional({ type: SuggestedScriptDto, nullable: true, description: '话术库中匹配的话术；没有则为 null' }) suggestedScript: SuggestedScriptDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) seenAt: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) handledAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) handledNote: string | null;
}

export class AlertPageDto {
  @ApiProperty({ type: [AlertDto] }) items: AlertDto[];
  @ApiPropertyOptional({ type: String, nullable: true }) nextBefore: string | null;
}

export class AlertRuleParamSpecDto {
  @ApiProperty() name: string;
  @ApiProperty() labelZh: string;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty() defaultValue: number;
}

export class AlertRuleDto {
  @ApiProperty({ enum: ALERT_RULE_KEYS }) key: AlertRuleKey;
  @ApiProperty() labelZh: string;
  @ApiProperty() descriptionZh: string;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) params: Record<string, number>;
  @ApiProperty({ type: [AlertRuleParamSpecDto] }) paramSpecs: AlertRuleParamSpecDto[];
  @ApiProperty({ description: '同一客户同一规则两次提醒的最短间隔（小时）' }) cooldownHours: number;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
}

export class AlertRuleInput {
  @EnumField(ALERT_RULE_KEYS) key: AlertRuleKey;
  @BoolField({ optional: true }) enabled?: boolean;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, description: '只需提供要修改的参数' })
  @IsOptional()
  @IsObject()
  params?: Record<string, number>;
  @IntField({ optional: true, min: 1, max: 8760, description: '冷却时间（小时）' }) cooldownHours?: number;
}

export class AlertRulesUpdateInput {
  @ApiProperty({ type: [AlertRuleInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ALERT_RULE_KEYS.length)
  @ValidateNested({ each: true })
  @Type(() => AlertRuleInput)
  rules: AlertRuleInput[];
}
