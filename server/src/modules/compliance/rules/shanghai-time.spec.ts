import {
  daysInShanghaiMonth,
  formatShanghaiDateTime,
  parseClockTime,
  shanghaiParts,
  startOfNextShanghaiMonth,
  startOfShanghaiDay,
  startOfShanghaiWeek,
} from './shanghai-time.js';

describe('shanghai-time', () => {
  it('should read 16:30 UTC as the next local day at 00:30', () => {
    const parts = shanghaiParts(new Date('2026-01-31T16:30:00Z'));
    expect(parts).toMatchObject({ year: 2026, month: 2, day: 1, minuteOfDay: 30 });
  });

  it('should start the local day at 16:00 UTC of the previous UTC day', () => {
    expect(startOfShanghaiDay(new Date('2026-03-10T01:00:00Z')).toISOString()).toBe('2026-03-09T16:00:00.000Z');
  });

  it('should start weeks on Monday', () => {
    // 2026-11-22 is a Sunday in Shanghai.
    expect(startOfShanghaiWeek(new Date('2026-11-22T10:00:00Z')).toISOString()).toBe('2026-11-15T16:00:00.000Z');
  });

  it('should roll December over into January', () => {
    expect(startOfNextShanghaiMonth(new Date('2026-12-15T00:00:00Z')).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it.each([
    ['2026-02-10T00:00:00Z', 28],
    ['2028-02-10T00:00:00Z', 29],
    ['2026-04-10T00:00:00Z', 30],
    ['2026-01-10T00:00:00Z', 31],
  ])('should count the days of the month containing %s as %i', (iso, days) => {
    expect(daysInShanghaiMonth(new Date(iso))).toBe(days);
  });

  it('should parse and reject clock times', () => {
    expect(parseClockTime('08:05')).toBe(485);
    expect(() => parseClockTime('24:00')).toThrow();
  });

  it('should format in local time', () => {
    expect(formatShanghaiDateTime(new Date('2026-11-20T00:05:00Z'))).toBe('2026年11月20日 08:05');
  });
});
