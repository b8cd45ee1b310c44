import { normalizeForScreening, normalizeTerm } from './text-normalizer.js';

describe('normalizeForScreening', () => {
  it('should fold full-width ASCII to half-width and upper case to lower case', () => {
    expect(normalizeTerm('ＡＢＣ１００％')).toBe('abc100%');
  });

  it('should drop whitespace, zero-width characters and separators between characters', () => {
    expect(normalizeTerm('保 本\u200B保\u3000息-稳_赚·不/赔')).toBe('保本保息稳赚不赔');
  });

  it('should keep clause punctuation (folding the full-width comma) and the decimal point', () => {
    expect(normalizeTerm('收益15.5%，仅供参考。')).toBe('收益15.5%,仅供参考。');
  });

  it('should map every normalised unit back to its original offsets', () => {
    const original = '保 本😀内';
    const normalized = normalizeForScreening(original);
    expect(normalized.text).toBe('保本😀内');
    expect([...normalized.sourceStart]).toEqual([0, 2, 3, 3, 5]);
    expect([...normalized.sourceEnd]).toEqual([1, 3, 5, 5, 6]);
  });

  it('should handle text longer than one conversion slice', () => {
    const long = '保'.repeat(20_000);
    expect(normalizeForScreening(long).text).toBe(long);
  });
});

describe('normalizeForScreening whitespace', () => {
  it('should drop every Unicode space character that \\s matches', () => {
    for (let cp = 0x80; cp <= 0x3000; cp += 1) {
      const char = String.fromCodePoint(cp);
      if (/\s/u.test(char)) expect(normalizeTerm(`a${char}b`)).toBe('ab');
    }
  });
});
