/**
 * Where access tokens and JS tickets are cached between calls. In-memory for one process; Redis
 * (redis-token-store.ts) when several instances must share one token and refresh it once.
 */
export interface CachedCredential {
  value: string;
  /** Epoch milliseconds after which the value must not be used. */
  expiresAt: number;
}

/** A held refresh lock; release is idempotent and only frees the lock this holder took. */
export interface RefreshLock {
  release(): Promise<void>;
}

export interface TokenStore {
  get(key: string): Promise<CachedCredential | null>;
  set(key: string, value: string, expiresAt: number): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Cross-instance refresh lock: only the holder fetches a new credential, the others poll `get`.
   * Answers null when another holder has it. Within one process the cache already shares one in-flight fetch.
   */
  tryLock(key: string, ttlMs: number): Promise<RefreshLock | null>;
}

export const WECOM_TOKEN_STORE = Symbol('WECOM_TOKEN_STORE');

export class InMemoryTokenStore implements TokenStore {
  private readonly values = new Map<string, CachedCredential>();

  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<CachedCredential | null> {
    const cached = this.values.get(key);
    if (!cached) return null;
    if (cached.expiresAt <= this.now()) {
      this.values.delete(key);
      return null;
    }
    return { ...cached };
  }

  async set(key: string, value: string, expiresAt: number): Promise<void> {
    this.values.set(key, { value, expiresAt });
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  /** One process: the cache's in-flight promise is the lock, so this always grants. */
  async tryLock(): Promise<RefreshLock> {
    return { release: async () => undefined };
  }
}
