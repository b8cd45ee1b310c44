import { AhoCorasick } from './aho-corasick.js';

function found(patterns: string[], text: string): string[] {
  return new AhoCorasick(patterns)
    .findAll(text)
    .map((match) => `${patterns[match.pattern]}@${match.start}-${match.end}`);
}

describe('AhoCorasick', () => {
  it('should find the classic overlapping patterns he/she/his/hers', () => {
    expect(found(['he', 'she', 'his', 'hers'], 'ushers').sort()).toEqual(['he@2-4', 'hers@2-6', 'she@1-4']);
  });

  it('should find nested Chinese terms through dictionary suffix links', () => {
    expect(found(['稳赚不赔', '不赔', '赔'], '稳赚不赔').sort()).toEqual(['不赔@2-4', '稳赚不赔@0-4', '赔@3-4']);
  });

  it('should recover after a mismatch through failure links', () => {
    expect(found(['保本保息', '保息'], '保本保保息')).toEqual(['保息@3-5']);
  });

  it('should report UTF-16 offsets for characters outside the BMP', () => {
    expect(found(['𠮷野'], 'a𠮷野')).toEqual(['𠮷野@1-4']);
  });

  it('should ignore empty patterns and keep the first of duplicates', () => {
    const automaton = new AhoCorasick(['', '刚兑', '刚兑']);
    expect(automaton.findAll('刚兑').map((match) => match.pattern)).toEqual([1]);
  });

  it('should find nothing in text without any pattern', () => {
    expect(found(['内幕'], '公开信息')).toEqual([]);
  });
});
