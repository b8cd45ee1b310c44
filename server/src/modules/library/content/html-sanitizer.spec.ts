import { htmlToText, sanitizeHtml } from './html-sanitizer.js';

describe('sanitizeHtml', () => {
  it('should drop script elements with their content', () => {
    expect(sanitizeHtml('<p>市场回顾</p><script>alert(document.cookie)</script><p>完</p>')).toBe('<p>市场回顾</p><p>完</p>');
    expect(sanitizeHtml('<SCRIPT type="text/javascript">x()</SCRIPT >ok')).toBe('ok');
  });

  it('should strip event handlers such as onerror', () => {
    const out = sanitizeHtml('<img src="https://cdn.example.com/a.png" onerror="alert(1)" alt="图">');
    expect(out).toBe('<img src="https://cdn.example.com/a.png" alt="图">');
    expect(sanitizeHtml('<p onclick=steal() class="x">文字</p>')).toBe('<p>文字</p>');
  });

  it('should remove javascript: URLs, also when disguised', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'jav&#x61;script:alert(1)', ' java\tscript:x', 'data:text/html,<b>']) {
      expect(sanitizeHtml(`<a href="${href}">点我</a>`)).toBe('<a>点我</a>');
    }
  });

  it('should keep safe links and mark them noopener', () => {
    expect(sanitizeHtml('<a href="https://example.com/?a=1&amp;b=2" title="研报">链接</a>')).toBe(
      '<a href="https://example.com/?a=1&amp;b=2" title="研报" rel="noopener noreferrer" target="_blank">链接</a>',
    );
  });

  it('should unwrap unknown tags, drop comments and style, and close what was left open', () => {
    expect(sanitizeHtml('<custom-tag><b>粗体</b></custom-tag><!-- x --><style>p{}</style><ul><li>一')).toBe(
      '<b>粗体</b><ul><li>一</li></ul>',
    );
    expect(sanitizeHtml('<p><b>未闭合</p>后')).toBe('<p><b>未闭合</b></p>后');
  });

  it('should escape a stray angle bracket', () => {
    expect(sanitizeHtml('收益 < 5% 且 > 1%')).toBe('收益 &lt; 5% 且 &gt; 1%');
  });

  it('should not let an attribute break out of its quotes', () => {
    expect(sanitizeHtml(`<img src='https://a.cn/x.png" onload="x' alt=x>`)).toBe(
      '<img src="https://a.cn/x.png&quot; onload=&quot;x" alt="x">',
    );
  });
});

describe('htmlToText', () => {
  it('should give plain text with line breaks between blocks', () => {
    expect(htmlToText('<p>稳健&amp;理财</p><p>第二段<br>第三行</p>')).toBe('稳健&理财\n第二段\n第三行');
  });
});
