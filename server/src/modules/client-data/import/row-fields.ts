/**
 * Field parsers for import rows. Every cell arrives as a string (CSV) or a JSON value; empty means absent.
 * Each parser answers a typed value or a stable code with a Chinese message naming the field.
 */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; code: 'INVALID_VALUE'; message: string };
export type FieldParser<T> = (raw: string | number | boolean | Record<string, unknown>, label: string) => FieldResult<T>;

export interface FieldSpec<T> {
  label: string;
  required: boolean;
  parse: FieldParser<T>;
}

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const invalid = <T>(message: string): FieldResult<T> => ({ ok: false, code: 'INVALID_VALUE', message });

export const required = <T>(label: string, parse: FieldParser<T>): FieldSpec<T> => ({ label, required: true, parse });
export const optional = <T>(label: string, parse: FieldParser<T>): FieldSpec<T> => ({ label, required: false, parse });

export function text(max: number, pattern?: RegExp, hint?: string): FieldParser<string> {
  return (raw, label) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return invalid(`${label}必须是文本`);
    const value = String(raw).trim();
    if (value.length > max) return invalid(`${label}不能超过 ${max} 个字符`);
    if (pattern && !pattern.test(value)) return invalid(`${label}格式不正确${hint ? `（${hint}）` : ''}`);
    return ok(value);
  };
}

export function decimal(min: number, max = Number.MAX_SAFE_INTEGER): FieldParser<number> {
  return (raw, label) => {
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim().replace(/,/g, '')) : Number.NaN;
    if (!Number.isFinite(value)) return invalid(`${label}必须是数字`);
    if (value < min || value > max) return invalid(`${label}必须在 ${min} 到 ${max} 之间`);
    return ok(value);
  };
}

/** Accepted spellings per value, so files exported with Chinese labels import as they are. */
export function oneOf<T extends string>(spellings: Record<string, T>): FieldParser<T> {
  return (raw, label) => {
    const value = typeof raw === 'string' ? spellings[raw.trim()] ?? spellings[raw.trim().toLowerCase()] : undefined;
    return value ? ok(value) : invalid(`${label}只能是 ${[...new Set(Object.keys(spellings))].join('、')}`);
  };
}

export const bool: FieldParser<boolean> = (raw, label) => {
  if (typeof raw === 'boolean') return ok(raw);
  const value = String(raw).trim().toLowerCase();
  if (['1', 'true', 'yes', 'y', '是'].includes(value)) return ok(true);
  if (['0', 'false', 'no', 'n', '否'].includes(value)) return ok(false);
  return invalid(`${label}只能是 是/否（true/false、1/0）`);
};

const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const SHANGHAI_OFFSET_MIN = 8 * 60;

/**
 * Dates as ISO 8601 or `YYYY/M/D[ HH:mm[:ss]]` (Excel), or epoch milliseconds in JSON. Without an offset
 * the time is Beijing time: brokerage back offices export local time.
 */
export const dateTime: FieldParser<Date> = (raw, label) => {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? ok(new Date(raw)) : invalid(`${label}不是有效的时间`);
  if (typeof raw !== 'string') return invalid(`${label}不是有效的时间`);
  const m = DATE.exec(raw.trim());
  if (!m) return invalid(`${label}不是有效的时间（例：2026-11-20 或 2026-11-20 09:30:00）`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = m;
  const offsetMin = zone === undefined ? SHANGHAI_OFFSET_MIN : zone === 'Z' ? 0 : zoneMinutes(zone);
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, '0')));
  const date = new Date(utc - offsetMin * 60_000);
  const roundTrip = new Date(utc);
  if (roundTrip.getUTCMonth() !== Number(mo) - 1 || roundTrip.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return invalid(`${label}不是有效的日期`);
  }
  return ok(date);
};

function zoneMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** A JSON object: as is from JSON imports, or JSON text in a CSV cell. */
export const jsonObject: FieldParser<Record<string, string | number | boolean | null>> = (raw, label) => {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return invalid(`${label}必须是 JSON 对象`);
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid(`${label}必须是 JSON 对象`);
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.every(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) return invalid(`${label}的值只能是文本、数字或布尔`);
  return ok(Object.fromEntries(entries) as Record<string, string | number | boolean | null>);
};
