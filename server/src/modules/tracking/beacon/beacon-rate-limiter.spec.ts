import { BEACONS_PER_MINUTE, BeaconRateLimiter } from './beacon-rate-limiter.js';

describe('BeaconRateLimiter', () => {
  it('should refuse beacons over the per-minute budget and allow them again in the next minute', () => {
    const limiter = new BeaconRateLimiter();
    for (let i = 0; i < BEACONS_PER_MINUTE; i++) expect(limiter.take('viewer-a', 1000)).toBe(true);
    expect(limiter.take('viewer-a', 1000)).toBe(false);
    expect(limiter.take('viewer-b', 1000)).toBe(true);
    expect(limiter.take('viewer-a', 61_000)).toBe(true);
  });

  it('should credit no more visible time than the cap and than the wall time since the previous beat', () => {
    const limiter = new BeaconRateLimiter();
    limiter.take('v', 0);
    expect(limiter.creditVisibleMs('v', 60_000, 20_000, 100_000)).toBe(20_000);
    expect(limiter.creditVisibleMs('v', 15_000, 20_000, 101_000)).toBe(3_000);
    expect(limiter.creditVisibleMs('v', 15_000, 20_000, 116_000)).toBe(15_000);
  });
});
