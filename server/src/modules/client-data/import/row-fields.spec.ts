import { bool, dateTime, decimal, jsonObject, oneOf, text } from './row-fields.js';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('import field parsers', () => {
  it('should read dates as Beijing time unless an offset is given', () => {
    expect(value(dateTime('2026-11-20', '时间')).toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(value(dateTime('2026/1/5 09:30', '时间')).toISOString()).toBe('2026-01-05T01:30:00.000Z');
    expect(value(dateTime('2026-11-20T09:30:00.5Z', '时间')).toISOString()).toBe('2026-11-20T09:30:00.500Z');
    expect(value(dateTime('2026-11-20 09:30:00-05:00', '时间')).toISOString()).toBe('2026-11-20T14:30:00.000Z');
    expect(value(dateTime(1763604000000, '时间')).getTime()).toBe(1763604000000);
  });

  it('should refuse impossible dates and free text', () => {
    expect(dateTime('2027-02-30', '到期时间')).toMatchObject({ ok: false, message: '到期时间不是有效的日期' });
    expect(dateTime('2026-11-20 25:00', '时间').ok).toBe(false);
    expect(dateTime('2026-11-20 10:61', '时间').ok).toBe(false);
    expect(dateTime('下周一', '时间').ok).toBe(false);
  });

  it('should read numbers with thousands separators and enforce ranges', () => {
    expect(value(decimal(0)('1,234.5', '市值'))).toBe(1234.5);
    expect(decimal(0)('-1', '市值')).toMatchObject({ ok: false });
    expect(decimal(0)('abc', '市值')).toMatchObject({ ok: false, message: '市值必须是数字' });
  });

  it('should accept Chinese spellings of enumerations and booleans', () => {
    const side = oneOf({ buy: 'buy', sell: 'sell', 买入: 'buy', 卖出: 'sell' });
    expect(value(side('卖出', '方向'))).toBe('sell');
    expect(value(side('BUY', '方向'))).toBe('buy');
    expect(side('hold', '方向').ok).toBe(false);
    expect(value(bool('是', '热门'))).toBe(true);
    expect(value(bool('0', '热门'))).toBe(false);
  });

  it('should check text length and pattern, and JSON objects of scalars', () => {
    expect(text(4)('12345', '代码')).toMatchObject({ ok: false, message: '代码不能超过 4 个字符' });
    expect(text(20, /^\d+$/, '数字')('12a', '手机号')).toMatchObject({ ok: false, message: '手机号格式不正确（数字）' });
    expect(value(jsonObject('{"horizon":3,"note":"x"}', '答卷'))).toEqual({ horizon: 3, note: 'x' });
    expect(jsonObject('[1]', '答卷').ok).toBe(false);
    expect(jsonObject('{"a":{"b":1}}', '答卷').ok).toBe(false);
  });
});
