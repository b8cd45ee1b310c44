import { toQueryString } from '@/utils/query-string';
import { ApiError, NETWORK_ERROR } from './api-error';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** The caller presents failures itself (inline form errors), so the global error toast stays quiet. */
  silent?: boolean;
  /** A 401 is an expected answer here (login attempt, session probe), not an expired session. */
  expectUnauthenticated?: boolean;
}

export interface PreparedRequest {
  method: string;
  /** Path below the API base, e.g. `/auth/login`. */
  path: string;
  init: RequestInit & { headers: Headers };
  options: RequestOptions;
}

/** Runs before the request is sent, in registration order; may return an amended request. */
export type RequestInterceptor = (request: PreparedRequest) => PreparedRequest | Promise<PreparedRequest>;
/** Runs for every failure, in registration order, before the promise rejects. */
export type ErrorInterceptor = (error: ApiError, request: PreparedRequest) => void | Promise<void>;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T>(path: string, options?: RequestOptions): Promise<T>;
  useRequestInterceptor(interceptor: RequestInterceptor): void;
  useErrorInterceptor(interceptor: ErrorInterceptor): void;
}

export interface HttpClientConfig {
  baseUrl: string;
  fetch: FetchLike;
}

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const search = toQueryString(query);
  return `${baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Turns a non-2xx answer into an ApiError; proxies and gateways may answer without the JSON error body. */
function errorFromResponse(status: number, body: unknown): ApiError {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code =
    typeof fields['code'] === 'string' ? fields['code'] : status >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST';
  const message = typeof fields['message'] === 'string' ? fields['message'] : '';
  const requestId = typeof fields['requestId'] === 'string' ? fields['requestId'] : undefined;
  return new ApiError(status, code, message, fields['details'], requestId);
}

/** The admin's one HTTP client: JSON over fetch with the session cookie, ordered interceptors, typed errors. */
export function createHttpClient(config: HttpClientConfig): HttpClient {
  const requestInterceptors: RequestInterceptor[] = [];
  const errorInterceptors: ErrorInterceptor[] = [];

  async function fail(error: ApiError, request: PreparedRequest): Promise<never> {
    for (const interceptor of errorInterceptors) await interceptor(error, request);
    throw error;
  }

  async function send<T>(method: string, path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    const headers = new Headers({ Accept: 'application/json' });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    let request: PreparedRequest = {
      method,
      path,
      options,
      init: {
        method,
        headers,
        credentials: 'include',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      },
    };
    for (const interceptor of requestInterceptors) request = await interceptor(request);

    let response: Response;
    try {
      response = await config.fetch(buildUrl(config.baseUrl, request.path, options.query), request.init);
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      return fail(new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : ''), request);
    }
    const payload = await readJson(response);
    if (!response.ok) return fail(errorFromResponse(response.status, payload), request);
    return payload as T;
  }

  return {
    get: (path, options) => send('GET', path, undefined, options),
    post: (path, body, options) => send('POST', path, body, options),
    put: (path, body, options) => send('PUT', path, body, options),
    patch: (path, body, options) => send('PATCH', path, body, options),
    delete: (path, options) => send('DELETE', path, undefined, options),
    useRequestInterceptor: (interceptor) => void requestInterceptors.push(interceptor),
    useErrorInterceptor: (interceptor) => void errorInterceptors.push(interceptor),
  };
}

/** The instance every API module uses. fetch is looked up per call so tests can stub the global. */
export const http = createHttpClient({ baseUrl: '/api', fetch: (input, init) => globalThis.fetch(input, init) });
