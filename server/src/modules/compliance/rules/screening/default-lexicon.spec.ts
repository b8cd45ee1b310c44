import { DEFAULT_ALLOWED_PHRASES, DEFAULT_LEXICON } from './default-lexicon.js';
import { Screener } from './screener.js';
import { SCREENING_CATEGORIES } from './screening.types.js';
import { normalizeTerm } from './text-normalizer.js';

describe('DEFAULT_LEXICON', () => {
  it('should hold about 120 distinct terms', () => {
    const distinct = new Set(DEFAULT_LEXICON.map((entry) => normalizeTerm(entry.term)));
    expect(distinct.size).toBe(DEFAULT_LEXICON.length);
    expect(DEFAULT_LEXICON.length).toBeGreaterThanOrEqual(120);
  });

  it('should give every entry a Chinese reason and a suggestion', () => {
    for (const entry of DEFAULT_LEXICON) {
      expect(entry.reason).toMatch(/[\u4e00-\u9fff]/);
      expect(entry.suggestion).toBeTruthy();
    }
  });

  it('should cover every category', () => {
    const covered = new Set(DEFAULT_LEXICON.map((entry) => entry.category));
    expect([...covered].sort()).toEqual([...SCREENING_CATEGORIES].sort());
  });

  it.each(['保本', '保本保息', '稳赚', '稳赚不赔', '零风险', '无风险', '收益承诺', '保证收益', '包赚', '翻倍', '内幕',
    '内部消息', '庄家', '荐股', '代客理财', '免五', '零佣金', '万一免五', '最低佣金', '绝对', '100%', '必涨', '涨停板敢死队'])(
    'should contain %s',
    (term) => {
      expect(DEFAULT_LEXICON.some((entry) => entry.term === term)).toBe(true);
    },
  );

  it('should not let an allowed phrase swallow a blocking term by accident', () => {
    const screener = new Screener(DEFAULT_LEXICON, { allowedPhrases: DEFAULT_ALLOWED_PHRASES });
    for (const phrase of DEFAULT_ALLOWED_PHRASES) {
      expect(screener.screen(phrase).verdict).toBe('pass');
    }
  });
});
