import { describe, expect, it } from 'vitest';
import { emptyMaterialForm, materialInputFrom, scriptInputFrom, emptyScriptForm, variablesIn } from './content-forms';

describe('content forms', () => {
  it('should send only the payload a material type carries', () => {
    const form = { ...emptyMaterialForm('link'), title: ' 年度策略会 ', linkUrl: 'https://example.com/live', bodyHtml: '<p>旧正文</p>', fileKey: 'materials/x.png' };

    const input = materialInputFrom(form);

    expect(input).toMatchObject({ title: '年度策略会', linkUrl: 'https://example.com/live', bodyHtml: null, fileKey: null, miniProgram: null });
  });

  it('should drop framing variants left without a title', () => {
    const form = {
      ...emptyMaterialForm('article'),
      title: '红利资产',
      variants: [
        { framing: 'gain' as const, title: '下跌中的稳定收益', summary: '' },
        { framing: 'loss' as const, title: '  ', summary: '忽略' },
      ],
    };

    expect(materialInputFrom(form).variants).toEqual([{ framing: 'gain', title: '下跌中的稳定收益', summary: null }]);
  });

  it('should state the whole tagging on every script save, with the validity window as two instants', () => {
    const form = { ...emptyScriptForm(), title: '问候', body: '{{客户称呼}}您好', validity: ['2025-01-01T00:00:00.000Z', null] as [string, null] };

    expect(scriptInputFrom(form)).toMatchObject({ validFrom: '2025-01-01T00:00:00.000Z', validUntil: null, productName: null, targetArchetypes: [] });
  });

  it('should list the variables a script uses, once each, in order', () => {
    expect(variablesIn('{{客户称呼}}您好，我是{{顾问姓名}}。{{ 客户称呼 }}')).toEqual(['客户称呼', '顾问姓名']);
  });
});
