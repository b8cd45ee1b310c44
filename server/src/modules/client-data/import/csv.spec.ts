import { CsvSyntaxError, parseCsv } from './csv.js';

const fields = (text: string): string[][] => parseCsv(text).map((r) => r.fields);

describe('parseCsv (RFC 4180)', () => {
  it('should split plain fields and records on LF and CRLF', () => {
    expect(fields('a,b,c\r\n1,2,3\n4,5,6')).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6']]);
  });

  it('should keep commas, line breaks and escaped quotes inside quoted fields', () => {
    const text = 'name,note\r\n"王, 女士","他说""好""\r\n第二行"\r\n';
    expect(fields(text)).toEqual([['name', 'note'], ['王, 女士', '他说"好"\r\n第二行']]);
  });

  it('should drop a UTF-8 BOM and skip blank lines', () => {
    expect(fields('\uFEFFcustomer_no,name\n\nC001,张三\n')).toEqual([['customer_no', 'name'], ['C001', '张三']]);
  });

  it('should keep empty fields, including a trailing one', () => {
    expect(fields('a,,c,\n')).toEqual([['a', '', 'c', '']]);
    expect(fields('"",x')).toEqual([['', 'x']]);
  });

  it('should report the physical line each record starts on', () => {
    expect(parseCsv('h\n"multi\nline"\nlast').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('should refuse an unterminated quote with its line', () => {
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,"open\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(2);
    }
  });

  it('should refuse stray quotes instead of guessing', () => {
    expect(() => parseCsv('a,b"c\n')).toThrow('未加引号的字段中不能出现引号');
    expect(() => parseCsv('"a"b,c\n')).toThrow('引号后只能是逗号或换行');
  });
});
