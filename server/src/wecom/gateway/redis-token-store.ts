import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CachedCredential, RefreshLock, TokenStore } from './token-store.js';

/** Deletes the lock only if we still own it (another instance may hold it after our TTL ran out). */
const RELEASE_IF_OWNER = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * Shared cache for several server instances. Values carry their own expiry and Redis expires the key
 * at the same moment (PXAT), so a stale token is never served even if clocks drift a little.
 */
export class RedisTokenStore implements TokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'valuelens:wecom:',
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<CachedCredential | null> {
    const raw = await this.redis.get(this.prefix + key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as CachedCredential;
    return parsed.expiresAt > this.now() ? parsed : null;
  }

  async set(key: string, value: string, expiresAt: number): Promise<void> {
    const ttl = Math.max(1, expiresAt - this.now());
    await this.redis.set(this.prefix + key, JSON.stringify({ value, expiresAt }), 'PX', ttl);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  async tryLock(key: string, ttlMs: number): Promise<RefreshLock | null> {
    const lockKey = `${this.prefix}lock:${key}`;
    const owner = randomBytes(12).toString('hex');
    const acquired = await this.redis.set(lockKey, owner, 'PX', ttlMs, 'NX');
    if (acquired !== 'OK') return null;
    let released = false;
    return {
      release: async () => {
        if (released) return;
        released = true;
        await this.redis.eval(RELEASE_IF_OWNER, 1, lockKey, owner);
      },
    };
  }
}
