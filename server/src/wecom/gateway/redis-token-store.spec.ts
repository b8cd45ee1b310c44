import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { CredentialCache } from './credential-cache.js';
import { RedisTokenStore } from './redis-token-store.js';

/** Runs against the real Redis (REDIS_URL or the local default) with a unique key prefix, cleaned up after. */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('RedisTokenStore', () => {
  const prefix = `valuelens:test:${randomBytes(6).toString('hex')}:`;
  let clientA: Redis;
  let clientB: Redis;

  beforeAll(() => {
    clientA = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    clientB = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  });

  afterAll(async () => {
    const keys = await clientA.keys(`${prefix}*`);
    if (keys.length > 0) await clientA.del(...keys);
    await Promise.all([clientA.quit(), clientB.quit()]);
  });

  it('should store, read, expire and delete values', async () => {
    const store = new RedisTokenStore(clientA, prefix);
    await store.set('tok', 'abc', Date.now() + 60_000);
    expect(await store.get('tok')).toMatchObject({ value: 'abc' });
    expect(await clientA.pttl(`${prefix}tok`)).toBeGreaterThan(50_000);
    await store.delete('tok');
    expect(await store.get('tok')).toBeNull();
    await store.set('short', 'x', Date.now() + 30);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await store.get('short')).toBeNull();
  });

  it('should grant the refresh lock to one holder at a time', async () => {
    const a = new RedisTokenStore(clientA, prefix);
    const b = new RedisTokenStore(clientB, prefix);
    const lock = await a.tryLock('lk', 5_000);
    expect(lock).not.toBeNull();
    expect(await b.tryLock('lk', 5_000)).toBeNull();
    await lock!.release();
    const next = await b.tryLock('lk', 5_000);
    expect(next).not.toBeNull();
    await next!.release();
  });

  it('should let two instances refresh a credential with one fetch between them', async () => {
    let fetches = 0;
    const fetchFresh = async () => {
      fetches++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { value: `shared-${fetches}`, expiresInSeconds: 7200 };
    };
    const instanceA = new CredentialCache({ store: new RedisTokenStore(clientA, prefix), now: Date.now, pollIntervalMs: 10 });
    const instanceB = new CredentialCache({ store: new RedisTokenStore(clientB, prefix), now: Date.now, pollIntervalMs: 10 });
    const values = await Promise.all([
      instanceA.get('access_token', fetchFresh),
      instanceB.get('access_token', fetchFresh),
      instanceA.get('access_token', fetchFresh),
      instanceB.get('access_token', fetchFresh),
    ]);
    expect(fetches).toBe(1);
    expect(new Set(values)).toEqual(new Set(['shared-1']));
  });
});
