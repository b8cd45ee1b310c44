import { diffFields, diffLines } from './line-diff.js';

describe('diffLines', () => {
  it('should keep common lines and mark the changed one', () => {
    expect(diffLines('您好\n本产品稳健\n祝好', '您好\n本产品风险等级R2\n祝好')).toEqual([
      { op: 'equal', text: '您好' },
      { op: 'remove', text: '本产品稳健' },
      { op: 'add', text: '本产品风险等级R2' },
      { op: 'equal', text: '祝好' },
    ]);
  });

  it('should handle insertions at the ends and empty texts', () => {
    expect(diffLines('', '一')).toEqual([{ op: 'add', text: '一' }]);
    expect(diffLines('二', '一\n二\n三').map((l) => l.op)).toEqual(['add', 'equal', 'add']);
  });
});

describe('diffFields', () => {
  it('should list only the fields that changed, comparing arrays by value', () => {
    expect(
      diffFields({ riskLevel: 'R2', archetypes: ['security'], title: 'a' }, { riskLevel: 'R3', archetypes: ['security'], title: 'a' }),
    ).toEqual([{ field: 'riskLevel', before: 'R2', after: 'R3' }]);
  });
});
