import { errorMessageZh, type ErrorCode } from '@valuelens/contracts';
import { zhCN } from '@/locales/zh-CN';

/** `http`: the server answered with an error body; `network`/`timeout`: no usable answer at all. */
export type ApiErrorKind = 'http' | 'network' | 'timeout';

/** Status → stable code for answers without a JSON error body (proxies, gateways), mirroring the server's filter. */
function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST';
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  private constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    /** A contracts ErrorCode when the server sent one; kept as string so newer server codes still pass through. */
    readonly code: string,
    /** What the advisor reads. */
    readonly messageZh: string,
    readonly requestId: string | undefined,
    readonly details?: unknown,
    /** The server's own sentence (e.g. the send gate's specific reason); may be English for generic failures. */
    readonly serverMessage?: string,
  ) {
    super(`${code} (${status}): ${messageZh}`);
  }

  static fromResponse(status: number, body: unknown, requestId: string | undefined): ApiError {
    const parsed = body as { code?: unknown; message?: unknown; requestId?: unknown; details?: unknown } | null;
    const code = typeof parsed?.code === 'string' ? parsed.code : codeForStatus(status);
    const serverRequestId = typeof parsed?.requestId === 'string' ? parsed.requestId : requestId;
    const serverMessage = typeof parsed?.message === 'string' ? parsed.message : undefined;
    return new ApiError('http', status, code, errorMessageZh(code), serverRequestId, parsed?.details, serverMessage);
  }

  static network(requestId: string | undefined): ApiError {
    return new ApiError('network', 0, 'NETWORK_ERROR', zhCN.common.networkError, requestId);
  }

  static timeout(requestId: string | undefined): ApiError {
    return new ApiError('timeout', 0, 'TIMEOUT', zhCN.common.timeout, requestId);
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}
