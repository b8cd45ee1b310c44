import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';

/**
 * A free-form JSON object in a request body, checked by the feature's own structural validator (the portrait
 * RuleSet, a segment filter) so errors can name the exact path of the bad node. Candidate for common/validation.
 */
export function JsonObjectField(description: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ type: 'object', additionalProperties: true, description }), IsObject());
}
