import { ApiPropertyOptional } from '@nestjs/swagger';
import { EnumField, TextField } from '../../../common/validation/fields.js';

export const REVEALABLE_FIELDS = ['phone', 'idNo', 'customerNo'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

export class RevealRequestDto {
  @EnumField(REVEALABLE_FIELDS) field: RevealableField;
  @TextField({ min: 4, max: 200, description: 'Why the clear value is needed; written to the audit log', example: '客户来电要求核对预留手机号' })
  reason: string;
}

export class RevealResultDto {
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The value in clear; null when none is on record' }) value: string | null;
}
