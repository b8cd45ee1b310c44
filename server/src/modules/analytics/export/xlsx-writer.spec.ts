import { readStoredZip, sheetRows } from '../../../../test/analytics-zip-reader.js';
import { crc32 } from './crc32.js';
import { csvCell, toCsv, UTF8_BOM } from './csv.js';
import { columnName, writeXlsx, xmlText } from './xlsx-writer.js';
import { zipStore } from './zip-store.js';

describe('crc32', () => {
  it('should match the standard check value of "123456789"', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });
});

describe('zipStore', () => {
  it('should write entries a reader finds again byte for byte, with valid CRCs', () => {
    const zip = zipStore([
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: '目录/中文.xml', data: Buffer.from('<x>数据</x>') },
    ]);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    const entries = readStoredZip(zip);
    expect([...entries.keys()]).toEqual(['a.txt', '目录/中文.xml']);
    expect(entries.get('目录/中文.xml')?.toString('utf8')).toBe('<x>数据</x>');
  });
});

describe('writeXlsx', () => {
  it('should package the five SpreadsheetML parts with the rows as inline strings and numbers', () => {
    const xlsx = writeXlsx('顾问指标', ['员工', '发送'], [['张三 & <李四>', 12], ['王五', null]]);
    const parts = readStoredZip(xlsx);
    expect([...parts.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(parts.get('xl/workbook.xml')?.toString()).toContain('<sheet name="顾问指标" sheetId="1" r:id="rId1"/>');
    expect(sheetRows(parts.get('xl/worksheets/sheet1.xml')!.toString())).toEqual([['员工', '发送'], ['张三 & <李四>', 12], ['王五']]);
  });

  it('should name columns past Z and drop characters XML forbids', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(xmlText('a\u0001b"c')).toBe('ab&quot;c');
  });
});

describe('csv', () => {
  it('should start with a BOM, quote separators and neutralise formulas', () => {
    expect(toCsv(['名', '值'], [['a,b', 1], ['say "hi"', null]])).toBe(`${UTF8_BOM}名,值\r\n"a,b",1\r\n"say ""hi""",\r\n`);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-5)).toBe('-5');
  });
});
