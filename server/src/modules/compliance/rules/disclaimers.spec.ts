import { appendDisclaimer, buildDisclaimer, DISCLAIMER_CONTENT_TYPES } from './disclaimers.js';

describe('buildDisclaimer', () => {
  it('should give every content type a disclaimer with the standard risk warning', () => {
    for (const type of DISCLAIMER_CONTENT_TYPES) {
      expect(buildDisclaimer(type)).toContain('市场有风险，投资需谨慎。');
    }
  });

  it('should state validity and copyright for a research report', () => {
    const text = buildDisclaimer(
      'research_report',
      { validUntil: new Date('2026-12-31T15:59:59Z') },
      { copyrightHolder: '价值证券股份有限公司' },
    );
    expect(text).toContain('本报告有效期至2026年12月31日');
    expect(text).toContain('研究报告版权归价值证券股份有限公司所有');
  });

  it('should leave out a sentence whose value is missing', () => {
    const text = buildDisclaimer('research_report');
    expect(text).not.toContain('有效期');
    expect(text).not.toContain('{');
    expect(text).toContain('研究报告版权归本公司所有');
  });

  it('should name the product risk level when known', () => {
    expect(buildDisclaimer('product', { riskLevel: 'R3' })).toContain('本产品风险等级为R3');
    expect(buildDisclaimer('product')).not.toContain('风险等级为');
  });

  it('should use a configured override', () => {
    const overrides = { education: '仅供学习交流。' };
    expect(buildDisclaimer('education', {}, { overrides })).toBe('仅供学习交流。');
    expect(buildDisclaimer('activity', {}, { overrides })).toContain('活动详情以官方公告为准');
  });
});

describe('appendDisclaimer', () => {
  it('should append the disclaimer on its own paragraph', () => {
    expect(appendDisclaimer('今日市场点评如下。\n', 'market_view')).toBe(
      `今日市场点评如下。\n\n${buildDisclaimer('market_view')}`,
    );
  });

  it('should not append twice', () => {
    const once = appendDisclaimer('课程回顾', 'education');
    expect(appendDisclaimer(once, 'education')).toBe(once);
  });

  it('should recognise the disclaimer after whitespace was edited', () => {
    const edited = `课程回顾 ${buildDisclaimer('education').split('').join(' ')}`;
    expect(appendDisclaimer(edited, 'education')).toBe(edited);
  });

  it('should return the disclaimer alone for empty text', () => {
    expect(appendDisclaimer('  ', 'education')).toBe(buildDisclaimer('education'));
  });
});
