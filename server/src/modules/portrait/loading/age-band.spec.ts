import { ageFromBand } from './age-band.js';

describe('ageFromBand', () => {
  it('should read the middle of a closed band and lower bound + 5 of an open one', () => {
    expect(ageFromBand('30-39')).toBe(34.5);
    expect(ageFromBand('60+')).toBe(65);
  });

  it('should return null for a missing or unreadable band', () => {
    expect(ageFromBand(null)).toBeNull();
    expect(ageFromBand('中年')).toBeNull();
  });
});
