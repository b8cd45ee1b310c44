import { DEFAULT_ALLOWED_PHRASES, DEFAULT_LEXICON } from './default-lexicon.js';
import { Screener } from './screener.js';
import type { LexiconEntry } from './screening.types.js';

const screener = new Screener(DEFAULT_LEXICON, { allowedPhrases: DEFAULT_ALLOWED_PHRASES, version: 'default' });

function terms(text: string): string[] {
  return screener.screen(text).hits.map((hit) => hit.term);
}

describe('Screener', () => {
  it('should pass ordinary service wording', () => {
    const result = screener.screen('您好，今天市场波动较大，我把本周的市场解读发给您，有问题随时联系我。');
    expect(result).toEqual({ verdict: 'pass', hits: [] });
  });

  it('should block 保本 and report its position in the original text', () => {
    const text = '这款产品保本，放心买';
    const [hit] = screener.screen(text).hits;
    expect(hit).toMatchObject({ term: '保本', level: 'block', category: 'guaranteed_principal', source: 'lexicon' });
    expect(text.slice(hit?.start, hit?.end)).toBe('保本');
    expect(hit?.reason).toContain('《证券法》第一百三十五条');
    expect(hit?.suggestion).toBeTruthy();
  });

  it.each([
    ['保 本', 'a space'],
    ['保-本', 'a hyphen'],
    ['保\u200B本', 'a zero-width space'],
    ['保\u3000本', 'an ideographic space'],
    ['保·本', 'a middle dot'],
    ['保\n本', 'a line break'],
  ])('should block %s written with %s', (evasion) => {
    const text = `这个产品${evasion}哦`;
    const result = screener.screen(text);
    expect(result.verdict).toBe('block');
    const hit = result.hits.find((h) => h.term === '保本');
    expect(text.slice(hit?.start, hit?.end)).toBe(evasion);
  });

  it('should match full-width ASCII against half-width terms', () => {
    const text = '收益１００％安全';
    const hit = screener.screen(text).hits.find((h) => h.term === '100%安全');
    expect(hit?.level).toBe('block');
    expect(text.slice(hit?.start, hit?.end)).toBe('１００％安全');
  });

  it('should report only the longest term at one position', () => {
    expect(terms('我们这个是保本保息的')).toEqual(['保本保息']);
    expect(terms('稳赚不赔')).toEqual(['稳赚不赔']);
  });

  it('should keep distinct overlapping terms', () => {
    const found = terms('零风险收益承诺');
    expect(found).toEqual(expect.arrayContaining(['零风险', '收益承诺']));
  });

  it('should report every occurrence of a repeated term', () => {
    const hits = screener.screen('保本！真的保本').hits.filter((hit) => hit.term === '保本');
    expect(hits.map((hit) => hit.start)).toEqual([0, 5]);
  });

  it('should not hide a stricter term inside a milder one', () => {
    const custom = new Screener(
      [
        { term: '内部消息源', level: 'warn', category: 'insider_info', reason: 'r' },
        { term: '消息', level: 'block', category: 'insider_info', reason: 'r' },
      ],
      { detectors: [] },
    );
    expect(custom.screen('内部消息源').hits.map((hit) => hit.term)).toEqual(['内部消息源', '消息']);
  });

  it('should not flag negated wording such as 不保证收益 or 非保本', () => {
    expect(screener.screen('本产品不保证收益，非保本，投资需谨慎。').verdict).toBe('pass');
    expect(screener.screen('投资并非无风险').verdict).toBe('pass');
  });

  it('should still flag a promise when a negation is further back in the sentence', () => {
    expect(screener.screen('不要错过这个稳赚机会').verdict).toBe('block');
  });

  it('should not flag a term inside an allowed phrase such as 无风险利率', () => {
    expect(screener.screen('无风险利率下行，债券价格上涨').hits.map((hit) => hit.term)).not.toContain('无风险');
  });

  it('should warn, not block, when only warn-level terms are present', () => {
    const result = screener.screen('这个机会千载难逢');
    expect(result.verdict).toBe('warn');
    expect(result.hits[0]?.category).toBe('exaggeration');
  });

  it('should detect a stock-code recommendation', () => {
    const result = screener.screen('明天开盘买入600519，别犹豫');
    const hit = result.hits.find((h) => h.category === 'stock_tip');
    expect(result.verdict).toBe('block');
    expect(hit).toMatchObject({ term: '买入600519', source: 'detector' });
  });

  it('should detect 推荐 000001 with a space and map back to the original', () => {
    const text = '给您推荐 000001';
    const hit = screener.screen(text).hits.find((h) => h.category === 'stock_tip');
    expect(text.slice(hit?.start, hit?.end)).toBe('推荐 000001');
  });

  it('should detect a promised return around a figure', () => {
    const hit = screener.screen('这只产品年化收益15%保证').hits.find((h) => h.source === 'detector');
    expect(hit).toMatchObject({ term: '年化收益15%保证', level: 'block', category: 'return_promise' });
  });

  it('should give an excerpt with context around the hit', () => {
    const text = '我们的理财经理说这个产品零风险而且流动性也很好';
    const hit = screener.screen(text).hits[0];
    expect(hit?.excerpt).toContain('零风险');
    expect(hit?.excerpt.length).toBeLessThan(text.length);
  });

  it('should merge duplicate terms keeping the stricter level', () => {
    const lexicon: LexiconEntry[] = [
      { term: '翻倍', level: 'warn', category: 'return_promise', reason: 'a' },
      { term: '翻 倍', level: 'block', category: 'return_promise', reason: 'b' },
    ];
    const custom = new Screener(lexicon, { detectors: [] });
    expect(custom.size).toBe(1);
    expect(custom.screen('翻倍').hits[0]?.level).toBe('block');
  });

  it('should reject a term that is empty after normalisation', () => {
    expect(() => new Screener([{ term: ' - ', level: 'warn', category: 'other', reason: 'x' }])).toThrow(/empty/);
  });

  it('should handle text with characters outside the BMP', () => {
    const text = '😀😀保本😀';
    const hit = screener.screen(text).hits[0];
    expect(text.slice(hit?.start, hit?.end)).toBe('保本');
  });
});
