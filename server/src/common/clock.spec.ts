import { ManualClock } from './clock.js';

describe('ManualClock', () => {
  it('should advance by the given milliseconds', () => {
    const clock = new ManualClock(new Date('2026-01-01T00:00:00Z'));
    clock.advance(1500);
    expect(clock.now().toISOString()).toBe('2026-01-01T00:00:01.500Z');
  });
});
