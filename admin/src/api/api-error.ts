import { errorMessageZh, type ErrorCode } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';

/** Raised by the client when fetch itself fails (offline, DNS, CORS): no server code exists for it. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

/** A failed request, carrying the server's `{ code, message, details, requestId }` body (DESIGN §5 "Errors"). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  is(code: ErrorCode): boolean {
    return this.code === code;
  }
}

/**
 * The Chinese text to show for a failure. Codes map to contracts' messages; a VALIDATION_FAILED answer with details
 * carries a server message naming the offending field, which is more useful than the generic text.
 * Server faults add the request id so support can find the log line.
 */
export function describeApiError(error: ApiError): string {
  if (error.code === NETWORK_ERROR) return zhCN.errors.network;
  const text =
    error.code === 'VALIDATION_FAILED' && error.details !== undefined && error.message
      ? error.message
      : errorMessageZh(error.code);
  return error.status >= 500 && error.requestId ? text + zhCN.errors.requestId(error.requestId) : text;
}
