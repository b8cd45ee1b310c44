/**
 * A small bounded in-process cache with expiry, for reads that change rarely and tolerate a few seconds of
 * staleness (tracked links, landing content, the library as ranked for recommendations). Oldest entries are
 * evicted first (Map order).
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  get(key: K, nowMs: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= nowMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  set(key: K, value: V, nowMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: nowMs + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}

/**
 * A TtlCache of loads keyed by wall-clock time: concurrent callers share one in-flight load, and a failed load is
 * forgotten at once so the next caller retries.
 */
export class LoadingCache<K, T> {
  private readonly cache: TtlCache<K, Promise<T>>;

  constructor(ttlMs: number, maxEntries: number) {
    this.cache = new TtlCache(ttlMs, maxEntries);
  }

  get(key: K, load: () => Promise<T>): Promise<T> {
    const nowMs = Date.now();
    const cached = this.cache.get(key, nowMs);
    if (cached) return cached;
    const loading = load();
    this.cache.set(key, loading, nowMs);
    loading.catch(() => this.cache.delete(key));
    return loading;
  }

  delete(key: K): void {
    this.cache.delete(key);
  }

  clear(): void {
    this.cache.clear();
  }
}
