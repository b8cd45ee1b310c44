import { effectiveTags, type TagRow } from './effective-tags.js';

const row = (o: Partial<TagRow> & Pick<TagRow, 'tagKey' | 'source'>): TagRow => ({ layer: 'values', labelZh: o.tagKey, score: null, active: true, ...o });

describe('effectiveTags', () => {
  it('should show computed tags when no advisor decided otherwise, values before psychology, by score', () => {
    const tags = effectiveTags([
      row({ tagKey: 'anxiety', source: 'computed', layer: 'psychology', score: 80 }),
      row({ tagKey: 'growth', source: 'computed', score: 30 }),
      row({ tagKey: 'security', source: 'computed', score: 60 }),
    ]);
    expect(tags.map((t) => t.tagKey)).toEqual(['security', 'growth', 'anxiety']);
  });

  it('should let a manual addition win and mark it manual, keeping the computed score', () => {
    const tags = effectiveTags([row({ tagKey: 'security', source: 'computed', score: 60 }), row({ tagKey: 'security', source: 'manual' })]);
    expect(tags).toEqual([{ tagKey: 'security', labelZh: 'security', layer: 'values', source: 'manual', score: 60 }]);
  });

  it('should hide a computed tag an advisor removed', () => {
    expect(effectiveTags([row({ tagKey: 'growth', source: 'computed', score: 70 }), row({ tagKey: 'growth', source: 'manual', active: false })])).toEqual([]);
  });

  it('should drop inactive computed tags', () => {
    expect(effectiveTags([row({ tagKey: 'growth', source: 'computed', active: false })])).toEqual([]);
  });
});
