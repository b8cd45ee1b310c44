import { bucketSettings, InProcessRateLimiter, rateLimitFromEnv } from './wecom-rate-limiter.js';

describe('WeCom rate limiter', () => {
  it('should allow a burst of one second of budget, then one call per refill interval, per API', () => {
    let now = 0;
    const limiter = new InProcessRateLimiter(bucketSettings(600), () => now); // 10 per second, burst 10
    const taken = Array.from({ length: 12 }, () => limiter.take('add_msg_template'));
    expect(taken.filter((wait) => wait === 0)).toHaveLength(10);
    expect(taken[10]).toBe(100);
    expect(limiter.take('get_groupmsg_task')).toBe(0);
    now += 100;
    expect(limiter.take('add_msg_template')).toBe(0);
    expect(limiter.take('add_msg_template')).toBeGreaterThan(0);
  });

  it("should default to WeCom's limit and accept only lower limits", () => {
    expect(rateLimitFromEnv({})).toBe(10_000);
    expect(rateLimitFromEnv({ WECOM_RATE_LIMIT_PER_MIN: '3000' })).toBe(3000);
    expect(() => rateLimitFromEnv({ WECOM_RATE_LIMIT_PER_MIN: '20000' })).toThrow(/between 1 and 10000/);
  });
});
