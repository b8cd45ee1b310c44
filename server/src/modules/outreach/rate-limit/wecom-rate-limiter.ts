/**
 * One budget per WeCom API shared by every instance: WeCom allows 10,000 calls per minute per corp and
 * API (WECOM.md §4.11) and blocks the corp for 60 s when it is exceeded, so the queue workers of all
 * processes take tokens from the same bucket before each outreach call.
 */
export interface WecomRateLimiter {
  /** Resolves when a call to `api` may be made now. */
  acquire(api: string): Promise<void>;
}

export const WECOM_RATE_LIMITER = Symbol('WECOM_RATE_LIMITER');

/** WeCom's per-corp, per-API minute limit; deployments may configure less (a shared corp, a safety margin). */
export const WECOM_CALLS_PER_MINUTE = 10_000;

export interface TokenBucketSettings {
  /** Tokens added per minute (the sustained rate). */
  perMinute: number;
  /** Largest burst: a full bucket. */
  burst: number;
}

export function bucketSettings(perMinute: number): TokenBucketSettings {
  // A burst of one second's worth keeps a restart from spending a whole minute's budget at once.
  return { perMinute, burst: Math.max(1, Math.ceil(perMinute / 60)) };
}

/** Reads WECOM_RATE_LIMIT_PER_MIN (1 … 10,000); the default is WeCom's own limit. */
export function rateLimitFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.WECOM_RATE_LIMIT_PER_MIN;
  const value = raw === undefined || raw === '' ? WECOM_CALLS_PER_MINUTE : Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > WECOM_CALLS_PER_MINUTE) {
    throw new Error(`WECOM_RATE_LIMIT_PER_MIN must be an integer between 1 and ${WECOM_CALLS_PER_MINUTE}`);
  }
  return value;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Token bucket in this process (no Redis). Wall time, not the injectable Clock: the limit is about real
 * request rates, and a test's frozen clock must not stall the workers.
 */
export class InProcessRateLimiter implements WecomRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly settings: TokenBucketSettings,
    private readonly now: () => number = () => performance.now(),
  ) {}

  async acquire(api: string): Promise<void> {
    for (;;) {
      const wait = this.take(api);
      if (wait === 0) return;
      await sleep(wait);
    }
  }

  /** 0 when a token was taken, else the milliseconds until one is available. */
  take(api: string): number {
    const now = this.now();
    const perMs = this.settings.perMinute / 60_000;
    const bucket = this.buckets.get(api) ?? { tokens: this.settings.burst, at: now };
    bucket.tokens = Math.min(this.settings.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(api, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs));
  }
}
