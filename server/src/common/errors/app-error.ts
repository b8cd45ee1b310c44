import { ERROR_CODES, type ErrorCode } from '@valuelens/contracts';

/**
 * The one exception type services throw for an expected failure. The global filter turns it into
 * `{ code, message, details?, requestId }` with the status that belongs to the code.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_CODES[code].zh);
    this.status = ERROR_CODES[code].status;
  }
}

export const notFound = (what = '资源'): AppError => new AppError('NOT_FOUND', `${what}不存在`);
export const forbidden = (message?: string): AppError => new AppError('FORBIDDEN', message);
export const validationFailed = (details: unknown, message?: string): AppError =>
  new AppError('VALIDATION_FAILED', message ?? '请求参数不正确', details);
