import { CredentialCache, CredentialRefreshTimeout } from './credential-cache.js';
import { InMemoryTokenStore, type RefreshLock, type TokenStore } from './token-store.js';

describe('CredentialCache', () => {
  let now: number;
  let fetches: number;
  const fetchFresh = async () => ({ value: `token-${++fetches}`, expiresInSeconds: 7200 });

  beforeEach(() => {
    now = 1_000_000;
    fetches = 0;
  });

  it('should serve the cached value until expiry minus a 5-minute margin', async () => {
    const cache = new CredentialCache({ store: new InMemoryTokenStore(() => now), now: () => now });
    expect(await cache.get('k', fetchFresh)).toBe('token-1');
    now += (7200 - 301) * 1000;
    expect(await cache.get('k', fetchFresh)).toBe('token-1');
    now += 2000;
    expect(await cache.get('k', fetchFresh)).toBe('token-2');
  });

  it('should use a tenth of the lifetime as margin for short-lived credentials', async () => {
    const cache = new CredentialCache({ store: new InMemoryTokenStore(() => now), now: () => now });
    await cache.get('k', async () => ({ value: 'short', expiresInSeconds: 10 }));
    now += 8_900;
    expect(await cache.get('k', fetchFresh)).toBe('short');
    now += 200;
    expect(await cache.get('k', fetchFresh)).toBe('token-1');
  });

  it('should invalidate only the stale value, not one a concurrent caller already refreshed', async () => {
    const cache = new CredentialCache({ store: new InMemoryTokenStore(() => now), now: () => now });
    await cache.get('k', fetchFresh);
    await cache.invalidate('k', 'some-older-token');
    expect(await cache.get('k', fetchFresh)).toBe('token-1');
    await cache.invalidate('k', 'token-1');
    expect(await cache.get('k', fetchFresh)).toBe('token-2');
  });

  it('should not cache a failed refresh and let the next caller try again', async () => {
    const cache = new CredentialCache({ store: new InMemoryTokenStore(() => now), now: () => now });
    await expect(cache.get('k', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('k', fetchFresh)).toBe('token-1');
  });

  it('should wait for the lock holder in another process and use its value', async () => {
    const shared = new InMemoryTokenStore(() => now);
    let polls = 0;
    const lockedElsewhere: TokenStore = {
      get: (key) => shared.get(key),
      set: (key, value, expiresAt) => shared.set(key, value, expiresAt),
      delete: (key) => shared.delete(key),
      tryLock: async (): Promise<RefreshLock | null> => null,
    };
    const cache = new CredentialCache({
      store: lockedElsewhere,
      now: () => now,
      sleep: async () => {
        // The other instance finishes its refresh during our second poll.
        if (++polls === 2) await shared.set('k', 'from-other-instance', now + 60_000);
      },
    });
    expect(await cache.get('k', fetchFresh)).toBe('from-other-instance');
    expect(fetches).toBe(0);
  });

  it('should time out when the other instance never publishes a value', async () => {
    const neverGranted: TokenStore = { get: async () => null, set: async () => undefined, delete: async () => undefined, tryLock: async () => null };
    const cache = new CredentialCache({ store: neverGranted, now: () => now, sleep: async () => undefined, maxPolls: 3 });
    await expect(cache.get('k', fetchFresh)).rejects.toBeInstanceOf(CredentialRefreshTimeout);
  });
});
