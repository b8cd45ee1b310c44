import { ParseIntPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error.js';

/** `@Param('id', idPipe)`: a positive integer id, else VALIDATION_FAILED (never a 500). */
export const idPipe = new ParseIntPipe({
  exceptionFactory: () => new AppError('VALIDATION_FAILED', 'id 必须是整数'),
});
