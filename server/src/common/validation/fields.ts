import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/**
 * The house validation vocabulary: one decorator per field that validates AND documents it, so the
 * OpenAPI contract cannot drift from what the server accepts.
 */
interface Common {
  optional?: boolean;
  description?: string;
  example?: unknown;
}

const doc = (o: Common, extra: Record<string, unknown>): PropertyDecorator =>
  o.optional
    ? ApiPropertyOptional({ description: o.description, example: o.example, ...extra })
    : ApiProperty({ description: o.description, example: o.example, ...extra });

const maybeOptional = (o: Common): PropertyDecorator[] => (o.optional ? [IsOptional()] : []);

export function TextField(o: Common & { min?: number; max: number; pattern?: RegExp } = { max: 255 }): PropertyDecorator {
  return applyDecorators(
    doc(o, { type: String, minLength: o.min, maxLength: o.max, pattern: o.pattern?.source }),
    ...maybeOptional(o),
    IsString(),
    MinLength(o.min ?? (o.optional ? 0 : 1)),
    MaxLength(o.max),
    ...(o.pattern ? [Matches(o.pattern)] : []),
  );
}

export function IntField(o: Common & { min?: number; max?: number } = {}): PropertyDecorator {
  return applyDecorators(
    doc(o, { type: Number, minimum: o.min, maximum: o.max }),
    ...maybeOptional(o),
    Type(() => Number),
    IsInt(),
    ...(o.min !== undefined ? [Min(o.min)] : []),
    ...(o.max !== undefined ? [Max(o.max)] : []),
  );
}

export function NumberField(o: Common & { min?: number; max?: number } = {}): PropertyDecorator {
  return applyDecorators(
    doc(o, { type: Number, minimum: o.min, maximum: o.max }),
    ...maybeOptional(o),
    Type(() => Number),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    ...(o.min !== undefined ? [Min(o.min)] : []),
    ...(o.max !== undefined ? [Max(o.max)] : []),
  );
}

export function BoolField(o: Common = {}): PropertyDecorator {
  return applyDecorators(doc(o, { type: Boolean }), ...maybeOptional(o), IsBoolean());
}

export function EnumField<T extends string>(values: readonly T[], o: Common = {}): PropertyDecorator {
  return applyDecorators(doc(o, { enum: values, type: String }), ...maybeOptional(o), IsIn(values as unknown as unknown[]));
}

export function DateField(o: Common = {}): PropertyDecorator {
  return applyDecorators(doc(o, { type: String, format: 'date-time' }), ...maybeOptional(o), Type(() => Date), IsDate());
}

export function StringArrayField(o: Common & { maxItems: number; maxLength: number }): PropertyDecorator {
  return applyDecorators(
    doc(o, { type: [String], maxItems: o.maxItems }),
    ...maybeOptional(o),
    IsArray(),
    ArrayMaxSize(o.maxItems),
    IsString({ each: true }),
    MaxLength(o.maxLength, { each: true }),
  );
}

/** Paging query: page ≥ 1, pageSize 1..200. */
export class PageQuery {
  @IntField({ optional: true, min: 1, max: 100_000, description: '页码，从 1 开始' })
  page?: number;

  @IntField({ optional: true, min: 1, max: 200, description: '每页条数' })
  pageSize?: number;
}
