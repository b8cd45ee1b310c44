import { backoffDelayMs, isBusyError, isStaleTokenError } from './retry-policy.js';

describe('retry policy', () => {
  it('should classify stale-token and busy errcodes', () => {
    expect([40014, 42001].every(isStaleTokenError)).toBe(true);
    expect([-1, 45009, 45033].every(isBusyError)).toBe(true);
    expect([0, 40001, 84061, 48002].some((c) => isStaleTokenError(c) || isBusyError(c))).toBe(false);
  });

  it('should grow exponentially within the jitter band and stay capped', () => {
    expect(backoffDelayMs(0, () => 0)).toBe(250);
    expect(backoffDelayMs(0, () => 1)).toBe(500);
    expect(backoffDelayMs(2, () => 0)).toBe(1000);
    expect(backoffDelayMs(2, () => 1)).toBe(2000);
    expect(backoffDelayMs(10, () => 1)).toBe(8000);
  });
});
