import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';

/** An array of values from a fixed vocabulary (archetypes, lifecycle stages), validated and documented. */
export function EnumArrayField<T extends string>(values: readonly T[], o: { optional?: boolean; maxItems?: number; description?: string } = {}): PropertyDecorator {
  const doc = { enum: values, isArray: true, description: o.description, maxItems: o.maxItems ?? values.length };
  return applyDecorators(
    o.optional ? ApiPropertyOptional(doc) : ApiProperty(doc),
    ...(o.optional ? [IsOptional()] : []),
    IsArray(),
    ArrayMaxSize(o.maxItems ?? values.length),
    IsIn(values as unknown as unknown[], { each: true }),
  );
}
