import type { Redis } from 'ioredis';
import type { TokenBucketSettings, WecomRateLimiter } from './wecom-rate-limiter.js';

/**
 * The same token bucket kept in Redis, so every instance draws from one budget. The refill and the
 * take run as one Lua script (atomic in Redis); Redis' own TIME is the clock, so instance clocks
 * that disagree cannot mint extra tokens.
 */
const TAKE_SCRIPT = `
local key = KEYS[1]
local per_ms = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', key, 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.ceil((1 - tokens) / per_ms)
end
redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', key, 120000)
return wait
`;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class RedisRateLimiter implements WecomRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly settings: TokenBucketSettings,
    private readonly keyPrefix: string,
  ) {}

  async acquire(api: string): Promise<void> {
    const perMs = this.settings.perMinute / 60_000;
    for (;;) {
      const wait = Number(await this.redis.eval(TAKE_SCRIPT, 1, `${this.keyPrefix}:wecom-rate:${api}`, String(perMs), String(this.settings.burst)));
      if (wait <= 0) return;
      await sleep(wait);
    }
  }
}
