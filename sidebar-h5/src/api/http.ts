import { showToast } from 'vant';
import 'vant/es/toast/style/index';
import { ApiError } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined;

export interface HttpRequest {
  method: HttpMethod;
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers: Record<string, string>;
  /** False for callers that render their own error state (a toast would say the same thing twice). */
  toast: boolean;
  /** False for the boot flow itself, which is what a re-login would run. */
  relogin: boolean;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  toast?: boolean;
  relogin?: boolean;
  signal?: AbortSignal;
}

/** Runs in registration order before the request is sent. */
export type RequestInterceptor = (request: HttpRequest) => HttpRequest;
/** Runs in registration order for every failed request, before the error is thrown to the caller. */
export type ErrorInterceptor = (error: ApiError, request: HttpRequest) => void;

export interface HttpClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  requestInterceptors?: RequestInterceptor[];
  errorInterceptors?: ErrorInterceptor[];
  timeoutMs?: number;
}

export interface HttpClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  /** DELETE may carry a body (e.g. the reason for removing a tag). */
  delete<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
}

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Matches the server's accepted incoming id (8–64 of [A-Za-z0-9._-]) so logs on both sides correlate. */
export function newRequestId(): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
  return `h5-${random}`;
}

export function withRequestId(generate: () => string = newRequestId): RequestInterceptor {
  return (request) => ({ ...request, headers: { ...request.headers, [REQUEST_ID_HEADER]: generate() } });
}

/** Shows the Chinese message for the error's stable code (contracts `errorMessageZh`). */
export function toastErrors(show: (message: string) => void): ErrorInterceptor {
  return (error, request) => {
    if (request.toast) show(error.messageZh);
  };
}

/** A 401 in the middle of work means the session expired: hand over to the boot flow to log in again. */
export function reloginOnUnauthenticated(onUnauthenticated: () => void): ErrorInterceptor {
  return (error, request) => {
    if (request.relogin && error.isUnauthenticated) onUnauthenticated();
  };
}

function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) search.set(key, String(value));
  }
  const suffix = search.toString();
  return `${baseUrl}${path}${suffix ? `?${suffix}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  if (!isJson) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const requestInterceptors = options.requestInterceptors ?? [];
  const errorInterceptors = options.errorInterceptors ?? [];
  const timeoutMs = options.timeoutMs ?? 15_000;

  function fail(error: ApiError, request: HttpRequest): never {
    for (const intercept of errorInterceptors) intercept(error, request);
    throw error;
  }

  async function send<T>(method: HttpMethod, path: string, body: unknown, opts: RequestOptions = {}): Promise<T> {
    let request: HttpRequest = {
      method,
      path,
      query: opts.query,
      body,
      headers: { Accept: 'application/json' },
      toast: opts.toast ?? true,
      relogin: opts.relogin ?? true,
    };
    if (body !== undefined) request.headers['Content-Type'] = 'application/json';
    for (const intercept of requestInterceptors) request = intercept(request);
    const requestId = request.headers[REQUEST_ID_HEADER];

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout.signal]) : timeout.signal;
    let response: Response;
    try {
      response = await fetchImpl(buildUrl(baseUrl, request.path, request.query), {
        method: request.method,
        headers: request.headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        // The session is an httpOnly cookie set by /api/auth/wecom/session.
        credentials: 'include',
        signal,
      });
    } catch (cause) {
      if (opts.signal?.aborted) throw cause;
      return fail(timeout.signal.aborted ? ApiError.timeout(requestId) : ApiError.network(requestId), request);
    } finally {
      clearTimeout(timer);
    }

    const payload = await readBody(response);
    if (!response.ok) {
      const responseId = response.headers.get(REQUEST_ID_HEADER) ?? requestId;
      return fail(ApiError.fromResponse(response.status, payload, responseId), request);
    }
    return payload as T;
  }

  return {
    get: (path, opts) => send('GET', path, undefined, opts),
    post: (path, body, opts) => send('POST', path, body, opts),
    put: (path, body, opts) => send('PUT', path, body, opts),
    patch: (path, body, opts) => send('PATCH', path, body, opts),
    delete: (path, body, opts) => send('DELETE', path, body, opts),
  };
}

let unauthenticatedHandler: (() => void) | undefined;

/** The session store registers how to log in again (re-run the boot flow); http stays free of app state. */
export function setUnauthenticatedHandler(handler: () => void): void {
  unauthenticatedHandler = handler;
}

/** The app's one client. Order matters: re-login is decided before the toast is shown. */
export const http = createHttpClient({
  requestInterceptors: [withRequestId()],
  errorInterceptors: [
    reloginOnUnauthenticated(() => unauthenticatedHandler?.()),
    toastErrors((message) => showToast({ message, position: 'middle' })),
  ],
});
