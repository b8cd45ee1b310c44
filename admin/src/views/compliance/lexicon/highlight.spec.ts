import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import type { ScreeningHit } from '@/api/compliance.types';
import { stubApi } from '@/test/fake-server';
import ScreeningTester from './components/ScreeningTester.vue';
import { highlightSegments } from './highlight';

function hit(term: string, text: string, level: ScreeningHit['level'], from = 0): ScreeningHit {
  const start = text.indexOf(term, from);
  return { term, level, category: 'guaranteed_principal', reason: '', suggestion: null, start, end: start + term.length, excerpt: term, source: 'lexicon' };
}

describe('highlightSegments', () => {
  it('should mark each hit in place and keep the text around it', () => {
    const text = '这只产品保本，年化收益稳定';
    const segments = highlightSegments(text, [hit('保本', text, 'block'), hit('稳定', text, 'warn')]);

    expect(segments).toEqual([
      { text: '这只产品', level: null, terms: [] },
      { text: '保本', level: 'block', terms: ['保本'] },
      { text: '，年化收益', level: null, terms: [] },
      { text: '稳定', level: 'warn', terms: ['稳定'] },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('should merge overlapping hits into one stretch with the more severe level', () => {
    const text = '保本保息的产品';
    const segments = highlightSegments(text, [hit('保本', text, 'warn'), hit('保本保息', text, 'block')]);

    expect(segments[0]).toEqual({ text: '保本保息', level: 'block', terms: ['保本保息', '保本'] });
    expect(segments[1]).toEqual({ text: '的产品', level: null, terms: [] });
  });

  it('should ignore offsets that fall outside the text instead of breaking it', () => {
    const segments = highlightSegments('稳健', [{ ...hit('稳健', '稳健', 'warn'), start: 5, end: 9 }]);

    expect(segments).toEqual([{ text: '稳健', level: null, terms: [] }]);
  });
});

describe('ScreeningTester', () => {
  it('should screen the sample and mark the forbidden wording as blocking', async () => {
    const sample = '稳赚不赔，年化8%';
    stubApi({
      'POST /api/compliance/screen': {
        status: 200,
        body: { verdict: 'block', lexiconVersion: '3', hits: [hit('稳赚不赔', sample, 'block')] },
      },
    });
    const wrapper = mount(ScreeningTester);

    await wrapper.find('textarea').setValue(sample);
    await wrapper.find('button.run').trigger('click');
    await flushPromises();

    const marks = wrapper.findAll('[data-test="screened-text"] mark');
    expect(marks.map((mark) => [mark.text(), mark.classes()])).toEqual([['稳赚不赔', ['block']]]);
    expect(wrapper.text()).toContain('包含禁止发送的表述');
  });
});
