import { amountZh, appEventText, clientLabel, durationZh, readingText } from './feed-text.js';

describe('feed sentences', () => {
  it('should address clients formally when the gender is known', () => {
    expect(clientLabel('王丽华', 'female')).toBe('王女士');
    expect(clientLabel('李强', 'male')).toBe('李先生');
    expect(clientLabel('Lily', 'female')).toBe('Lily');
    expect(clientLabel('王丽华', null)).toBe('王丽华');
  });

  it('should word durations and amounts the way advisors say them', () => {
    expect(durationZh(192_000)).toBe('3分12秒');
    expect(durationZh(45_400)).toBe('45秒');
    expect(durationZh(3_720_000)).toBe('1小时2分');
    expect(amountZh(8000)).toBe('8,000元');
    expect(amountZh(50_000)).toBe('5万元');
    expect(amountZh(123_456)).toBe('12.35万元');
  });

  it('should describe a reading session, a forward and a read followed by a watchlist add', () => {
    const base = { who: '王女士', title: '白酒行业深度', dwellMs: 192_000, isForward: false, clickedCodes: [], watchlistCodes: [] };
    expect(readingText(base)).toBe('王女士阅读《白酒行业深度》3分12秒');
    expect(readingText({ ...base, dwellMs: 0 })).toBe('王女士打开了《白酒行业深度》');
    expect(readingText({ ...base, watchlistCodes: ['600519'] })).toBe('王女士阅读《白酒行业深度》3分12秒，并将 600519 加入自选');
    expect(readingText({ ...base, isForward: true, dwellMs: 65_000 })).toBe('王女士转发的《白酒行业深度》被他人打开，阅读1分5秒');
  });

  it('should describe app events', () => {
    expect(appEventText('watchlist_add', '王女士', '600519', null)).toBe('王女士将 600519 加入自选');
    expect(appEventText('purchase', '王女士', '000001', 50_000)).toBe('王女士购买了 000001（5万元）');
    expect(appEventText('cash_out', '王女士', null, 100_000)).toBe('王女士转出资金10万元');
  });
});
