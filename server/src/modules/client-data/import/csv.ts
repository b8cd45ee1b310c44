/** A CSV record with the 1-based physical line it starts on (quoted fields may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally in double quotes, `""` is a quote inside a quoted field,
 * records end with CRLF or LF, quoted fields may contain commas and line breaks. A UTF-8 BOM (Excel's
 * "CSV UTF-8") is dropped and blank lines are skipped. Anything else malformed is an error, never a guess.
 */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;

  const endField = (): void => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = (): void => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < input.length) {
    const ch = input[i]!;
    if (atFieldStart && ch === '"') {
      const closing = readQuoted(input, i + 1, line);
      field = closing.value;
      line = closing.line;
      i = closing.next;
      atFieldStart = false;
      const after = input[i];
      if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r') {
        throw new CsvSyntaxError(line, `第 ${line} 行：引号后只能是逗号或换行`);
      }
      continue;
    }
    if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else if (ch === '"') {
      throw new CsvSyntaxError(line, `第 ${line} 行：未加引号的字段中不能出现引号`);
    } else {
      field += ch;
      atFieldStart = false;
      i++;
    }
  }
  if (!atFieldStart || fields.length > 0 || field !== '') endRecord();
  return records;
}

/** Reads a quoted field starting after its opening quote; returns its value and the index after the closing quote. */
function readQuoted(input: string, start: number, startLine: number): { value: string; next: number; line: number } {
  let value = '';
  let line = startLine;
  let i = start;
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '"') {
      if (input[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, next: i + 1, line };
    }
    if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) line++;
    value += ch;
    i++;
  }
  throw new CsvSyntaxError(startLine, `第 ${startLine} 行：引号未闭合`);
}
