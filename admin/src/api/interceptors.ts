import { describeApiError, type ApiError } from './api-error';
import type { ErrorInterceptor } from './http';

const UNAUTHORIZED = 401;

/** A 401 on an ordinary request means the session is gone (expired, revoked, cookie cleared). */
export function onSessionLost(handle: (error: ApiError) => void): ErrorInterceptor {
  return (error, request) => {
    if (error.status === UNAUTHORIZED && !request.options.expectUnauthenticated) handle(error);
  };
}

/**
 * Shows each failure once, in Chinese, unless the caller presents the failure itself or the failure is a 401 the
 * caller expected (signing out of a session that had already ended).
 */
export function notifyErrors(show: (message: string) => void): ErrorInterceptor {
  return (error, request) => {
    const expected = error.status === UNAUTHORIZED && request.options.expectUnauthenticated;
    if (!request.options.silent && !expected) show(describeApiError(error));
  };
}
