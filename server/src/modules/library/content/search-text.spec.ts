import { likeContains, normalizeSearchText } from './search-text.js';

describe('search text', () => {
  it('should fold full-width letters, case and whitespace', () => {
    expect(normalizeSearchText('稳健 理财', 'ＥＴＦ 定投')).toBe('稳健理财etf定投');
  });

  it('should escape LIKE wildcards in the query', () => {
    expect(likeContains('100%_收益!')).toBe('%100!%!_收益!!%');
  });
});
