import { existsSync } from 'node:fs';
import { stealMeter, stealText, withSteal } from './cpu-steal.js';

describe('CPU steal meter', () => {
  it('should give a share between 0 and 100 % over a window where the machine counts it, and null where it does not', async () => {
    const steal = stealMeter();
    const until = Date.now() + 50;
    while (Date.now() < until); // spend CPU time so the window is not empty
    const percent = steal();
    if (existsSync('/proc/stat')) {
      expect(percent).not.toBeNull();
      expect(percent!).toBeGreaterThanOrEqual(0);
      expect(percent!).toBeLessThanOrEqual(100);
    } else {
      expect(percent).toBeNull();
    }
  });

  it('should hand back the work result with the steal measured meanwhile', async () => {
    const result = await withSteal(async () => ({ requestsPerSecond: 42 }));
    expect(result.requestsPerSecond).toBe(42);
    expect(result).toHaveProperty('stealPercent');
  });

  it('should print the share, or say it was not counted', () => {
    expect(stealText(12.4)).toBe('CPU steal 12 %');
    expect(stealText(null)).toBe('CPU steal not counted');
  });
});
