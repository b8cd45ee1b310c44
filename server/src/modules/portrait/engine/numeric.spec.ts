import { median, percentileOf, unitScale, withinDays } from './numeric.js';
import { hasTimeWithin } from './time-search.js';

describe('numeric helpers', () => {
  it('should interpolate a percentile between reference quantiles', () => {
    const q = [0, 0.1, 0.2, 0.4, 1];
    expect(percentileOf(0.3, q)).toBeCloseTo(62.5, 10);
    expect(percentileOf(-1, q)).toBe(0);
    expect(percentileOf(2, q)).toBe(100);
  });

  it('should take the median of odd and even lists without mutating them', () => {
    const xs = [5, 1, 3, 2];
    expect(median(xs)).toBe(2.5);
    expect(xs).toEqual([5, 1, 3, 2]);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNull();
  });

  it('should scale linearly and clamp, inverted when lo > hi', () => {
    expect(unitScale(0.3, 0.2, 0.7)).toBeCloseTo(0.2, 10);
    expect(unitScale(0.05, 0.2, 0.02)).toBeCloseTo(15 / 18, 10);
    expect(unitScale(9, 0, 1)).toBe(1);
  });

  it('should include the window end and exclude its start', () => {
    expect(withinDays(100, 100, 1)).toBe(true);
    expect(withinDays(100 - 86_400_000, 100, 1)).toBe(false);
  });

  it('should find a time strictly after the anchor within the window', () => {
    const times = [10, 86_400_010];
    expect(hasTimeWithin(times, 10, 1)).toBe(true);
    expect(hasTimeWithin(times, 86_400_010, 1)).toBe(false);
  });
});
