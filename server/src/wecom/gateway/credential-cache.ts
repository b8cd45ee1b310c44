import type { TokenStore } from './token-store.js';

export interface FreshCredential {
  value: string;
  expiresInSeconds: number;
}

export interface CredentialCacheOptions {
  store: TokenStore;
  now: () => number;
  /** Used only while waiting for another instance's refresh. */
  sleep?: (ms: number) => Promise<void>;
  lockTtlMs?: number;
  pollIntervalMs?: number;
  maxPolls?: number;
}

/** Refresh 5 minutes early, or a tenth of the lifetime for short-lived test tokens, so in-flight calls never carry a dying token. */
const MAX_EXPIRY_MARGIN_MS = 5 * 60_000;

export class CredentialRefreshTimeout extends Error {}

/**
 * Access token and JS tickets: served from the store until expiry minus a margin; refreshed by exactly one
 * caller (one in-flight promise per key in this process, a short store lock across processes).
 */
export class CredentialCache {
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly lockTtlMs: number;
  private readonly pollIntervalMs: number;
  private readonly maxPolls: number;

  constructor(private readonly options: CredentialCacheOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.lockTtlMs = options.lockTtlMs ?? 10_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.maxPolls = options.maxPolls ?? Math.ceil(this.lockTtlMs / this.pollIntervalMs) + 1;
  }

  async get(key: string, fetchFresh: () => Promise<FreshCredential>): Promise<string> {
    const cached = await this.cachedValue(key);
    if (cached !== null) return cached;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const refresh = this.refreshOnce(key, fetchFresh).finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, refresh);
    return refresh;
  }

  /** Drops `staleValue` if it is still the cached one (a concurrent caller may already have replaced it). */
  async invalidate(key: string, staleValue: string): Promise<void> {
    const cached = await this.options.store.get(key);
    if (cached?.value === staleValue) await this.options.store.delete(key);
  }

  private async refreshOnce(key: string, fetchFresh: () => Promise<FreshCredential>): Promise<string> {
    for (let poll = 0; poll <= this.maxPolls; poll++) {
      const lock = await this.options.store.tryLock(key, this.lockTtlMs);
      if (lock) {
        try {
          // Another instance may have refreshed between our miss and taking the lock.
          const cached = await this.cachedValue(key);
          if (cached !== null) return cached;
          const fresh = await fetchFresh();
          const lifetimeMs = fresh.expiresInSeconds * 1000;
          const margin = Math.min(MAX_EXPIRY_MARGIN_MS, lifetimeMs / 10);
          await this.options.store.set(key, fresh.value, this.options.now() + lifetimeMs - margin);
          return fresh.value;
        } finally {
          await lock.release();
        }
      }
      await this.sleep(this.pollIntervalMs);
      const refreshedElsewhere = await this.cachedValue(key);
      if (refreshedElsewhere !== null) return refreshedElsewhere;
    }
    throw new CredentialRefreshTimeout(`timed out waiting for another instance to refresh ${key}`);
  }

  private async cachedValue(key: string): Promise<string | null> {
    const cached = await this.options.store.get(key);
    return cached && cached.expiresAt > this.options.now() ? cached.value : null;
  }
}
