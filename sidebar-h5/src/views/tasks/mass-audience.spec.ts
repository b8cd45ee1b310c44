import { describe, expect, it } from 'vitest';
import { audienceOf } from './mass-audience';

describe('audienceOf', () => {
  it('should address everyone, a saved segment, one tag, or any of several tags', () => {
    expect(audienceOf({ mode: 'all', tagKeys: ['growth'], segmentId: 3 })).toEqual({ ok: true, audience: { all: true } });
    expect(audienceOf({ mode: 'segment', tagKeys: [], segmentId: 3 })).toEqual({ ok: true, audience: { segmentId: 3 } });
    expect(audienceOf({ mode: 'tags', tagKeys: ['security'], segmentId: null })).toEqual({ ok: true, audience: { segmentFilter: { tag: 'security' } } });
    expect(audienceOf({ mode: 'tags', tagKeys: ['security', 'legacy'], segmentId: null })).toEqual({
      ok: true,
      audience: { segmentFilter: { or: [{ tag: 'security' }, { tag: 'legacy' }] } },
    });
  });

  it('should ask for a choice instead of sending an empty audience', () => {
    expect(audienceOf({ mode: 'tags', tagKeys: [], segmentId: null })).toEqual({ ok: false, messageZh: '请至少选择一个标签' });
    expect(audienceOf({ mode: 'segment', tagKeys: [], segmentId: null })).toEqual({ ok: false, messageZh: '请选择一个分群' });
  });
});
