import { WecomApiError } from './wecom-gateway.types.js';
import { backoffDelayMs, isBusyError, isStaleTokenError, MAX_BUSY_RETRIES, WECOM_ERRCODE } from './retry-policy.js';

/** One qyapi call: `endpoint` is the path under /cgi-bin/ and also the label for metrics and errors. */
export interface WecomCallSpec {
  endpoint: string;
  method: 'GET' | 'POST';
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  /** Built afresh for every attempt (a FormData body cannot be replayed). */
  form?: () => FormData;
  /** Safe to repeat after a network failure; writes are not, since WeCom may have applied them. */
  idempotent: boolean;
  /** gettoken itself runs without an access token. */
  withoutToken?: boolean;
}

export interface WecomEnvelope {
  errcode?: number;
  errmsg?: string;
}

/** Reports every HTTP attempt: errcode 0 on success, WeCom's errcode, or -1 for a network failure. */
export type WecomCallHook = (endpoint: string, errcode: number, ms: number) => void;

export interface WecomHttpOptions {
  apiBase: string;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onCall?: WecomCallHook;
  accessToken: () => Promise<string>;
  invalidateAccessToken: (staleToken: string) => Promise<void>;
}

/**
 * Retry rules (shared WECOM.md §4.10, DESIGN.md "WeCom gateway"): 40014/42001 → drop the token, refetch and
 * retry once; -1/45009/45033 → back off and retry, at most 4 tries; anything else non-zero → WecomApiError.
 */
export class WecomHttp {
  constructor(private readonly options: WecomHttpOptions) {}

  async call<T extends object>(spec: WecomCallSpec): Promise<T & WecomEnvelope> {
    let tokenRefreshed = false;
    let busyRetries = 0;
    for (;;) {
      const token = spec.withoutToken ? undefined : await this.options.accessToken();
      const response = await this.attempt<T>(spec, token);
      const errcode = response.errcode ?? 0;
      if (errcode === 0) return response;
      if (token !== undefined && isStaleTokenError(errcode) && !tokenRefreshed) {
        tokenRefreshed = true;
        await this.options.invalidateAccessToken(token);
        continue;
      }
      if (isBusyError(errcode) && busyRetries < MAX_BUSY_RETRIES) {
        await this.options.sleep(backoffDelayMs(busyRetries, this.options.random));
        busyRetries++;
        continue;
      }
      throw new WecomApiError(errcode, response.errmsg ?? '', spec.endpoint);
    }
  }

  private async attempt<T extends object>(spec: WecomCallSpec, token: string | undefined): Promise<T & WecomEnvelope> {
    const started = performance.now();
    try {
      const response = await this.options.fetch(this.url(spec, token), this.init(spec));
      const body = (await response.json()) as T & WecomEnvelope;
      this.options.onCall?.(spec.endpoint, body.errcode ?? 0, performance.now() - started);
      return body;
    } catch (error) {
      this.options.onCall?.(spec.endpoint, WECOM_ERRCODE.SYSTEM_BUSY, performance.now() - started);
      const errmsg = `network error: ${(error as Error).message}`;
      // A read may be retried like "system busy"; a write may already have happened, so it surfaces at once.
      if (spec.idempotent) return { errcode: WECOM_ERRCODE.SYSTEM_BUSY, errmsg } as T & WecomEnvelope;
      throw new WecomApiError(WECOM_ERRCODE.SYSTEM_BUSY, errmsg, spec.endpoint);
    }
  }

  private url(spec: WecomCallSpec, token: string | undefined): string {
    const url = new URL(`${this.options.apiBase.replace(/\/$/, '')}/cgi-bin/${spec.endpoint}`);
    if (token !== undefined) url.searchParams.set('access_token', token);
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  private init(spec: WecomCallSpec): RequestInit {
    if (spec.method === 'GET') return { method: 'GET' };
    if (spec.form) return { method: 'POST', body: spec.form() };
    return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(spec.json ?? {}) };
  }
}
