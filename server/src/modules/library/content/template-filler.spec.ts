import { fillTemplate, templateVariablesIn, unknownTemplateVariables } from './template-filler.js';

describe('template filler', () => {
  const today = new Date('2026-11-20T17:00:00Z'); // 01:00 on the 21st in Shanghai

  it('should fill the documented variables for one client', () => {
    const text = '{{客户称呼}}您好，我是{{顾问姓名}}。{{日期}}为您整理了{{产品名称}}的资料。';
    const filled = fillTemplate(text, {
      clientName: '王丽',
      clientGender: 'female',
      advisorName: '张伟',
      productName: '稳健理财1号',
      today,
    });
    expect(filled).toBe('王女士您好，我是张伟。2026年11月21日为您整理了稳健理财1号的资料。');
  });

  it('should fall back to a polite default when a value is unknown', () => {
    expect(fillTemplate('{{客户称呼}}好，{{产品名称}}', {})).toBe('您好，该产品');
  });

  it('should not add a title to a nickname', () => {
    expect(fillTemplate('{{客户称呼}}', { clientName: 'Lucky星', clientGender: 'male' })).toBe('Lucky星');
  });

  it('should report unknown variables and tolerate spaces inside braces', () => {
    const text = '{{ 客户称呼 }}，{{客户名称}}，{{客户名称}}';
    expect(templateVariablesIn(text)).toEqual(['客户称呼', '客户名称']);
    expect(unknownTemplateVariables(text)).toEqual(['客户名称']);
  });
});
