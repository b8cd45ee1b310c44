import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';
import { cacheValidationRuleLookups } from './rule-lookup-cache.js';

interface FieldError {
  field: string;
  errors: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, errors: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Global validation: unknown fields are rejected, types are converted, failures are VALIDATION_FAILED. */
export function createValidationPipe(): ValidationPipe {
  cacheValidationRuleLookups();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new AppError('VALIDATION_FAILED', '请求参数不正确', flatten(errors)),
  });
}
