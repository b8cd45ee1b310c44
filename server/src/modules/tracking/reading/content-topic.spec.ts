import { contentTopicOfTags } from './content-topic.js';

describe('contentTopicOfTags', () => {
  it('should read a topic from its Chinese label or its key', () => {
    expect(contentTopicOfTags(['政策'])).toBe('policy');
    expect(contentTopicOfTags(['技术分析'])).toBe('technical');
    expect(contentTopicOfTags([' Macro '])).toBe('macro');
  });

  it('should take the first tag that names a topic and skip the others', () => {
    expect(contentTopicOfTags(['热点', '投教', '宏观'])).toBe('education');
  });

  it('should answer null when no tag names a topic', () => {
    expect(contentTopicOfTags(['回撤关怀', '复盘'])).toBeNull();
    expect(contentTopicOfTags([])).toBeNull();
    expect(contentTopicOfTags(null)).toBeNull();
  });
});
