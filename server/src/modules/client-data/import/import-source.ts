import type { ImportFormat, ImportRowError } from '../entities/import-record.entity.js';
import { CsvSyntaxError, parseCsv } from './csv.js';
import type { RowSchema } from './import-schemas.js';

type Cell = string | number | boolean | Record<string, unknown>;

/** One input row before validation: present (non-empty) cells by column name. */
export interface RawRow {
  row: number;
  cells: Record<string, Cell>;
}

/** The file could not be read as rows at all (bad JSON, broken quoting, unknown or missing columns). */
export class ImportStructureError extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super(errors[0]?.message ?? '导入文件无法解析');
  }
}

const structure = (message: string, row = 0, field: string | null = null): ImportRowError => ({ row, field, code: 'MALFORMED_FILE', message });

export interface ReadResult {
  rows: RawRow[];
  /** Rows that could not be read (wrong column count, not an object, unknown field): reported, not imported. */
  errors: ImportRowError[];
  total: number;
}

/** Reads CSV (header row + data rows) or JSON (an array of objects) into raw rows numbered from 1. */
export function readRows(format: ImportFormat, content: string, schema: RowSchema<object>): ReadResult {
  return format === 'csv' ? readCsv(content, schema) : readJson(content, schema);
}

function readCsv(content: string, schema: RowSchema<object>): ReadResult {
  let records;
  try {
    records = parseCsv(content);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportStructureError([structure(error.message)]);
    throw error;
  }
  const [header, ...data] = records;
  if (!header) throw new ImportStructureError([structure('文件为空：第一行必须是列名')]);
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  checkColumns(columns, schema);
  const rows: RawRow[] = [];
  const errors: ImportRowError[] = [];
  data.forEach((record, i) => {
    if (record.fields.length !== columns.length) {
      errors.push({ row: i + 1, field: null, code: 'COLUMN_COUNT', message: `文件第 ${record.line} 行有 ${record.fields.length} 列，表头有 ${columns.length} 列` });
      return;
    }
    const cells: Record<string, Cell> = {};
    columns.forEach((column, c) => {
      const value = record.fields[c]!;
      if (value.trim() !== '') cells[column] = value;
    });
    rows.push({ row: i + 1, cells });
  });
  return { rows, errors, total: data.length };
}

function checkColumns(columns: string[], schema: RowSchema<object>): void {
  const known = new Set(Object.keys(schema));
  const unknown = columns.filter((c) => !known.has(c));
  const duplicated = columns.filter((c, i) => columns.indexOf(c) !== i);
  const missing = Object.entries(schema).filter(([name, spec]) => (spec as { required: boolean }).required && !columns.includes(name)).map(([n]) => n);
  const errors = [
    ...unknown.map((c) => structure(`未知的列：${c}`, 0, c)),
    ...[...new Set(duplicated)].map((c) => structure(`列重复：${c}`, 0, c)),
    ...missing.map((c) => structure(`缺少必填列：${c}`, 0, c)),
  ];
  if (errors.length > 0) throw new ImportStructureError(errors);
}

function readJson(content: string, schema: RowSchema<object>): ReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new ImportStructureError([structure('不是有效的 JSON')]);
  }
  if (!Array.isArray(parsed)) throw new ImportStructureError([structure('JSON 必须是对象数组')]);
  const known = new Set(Object.keys(schema));
  const errors: ImportRowError[] = [];
  const rows: RawRow[] = [];
  parsed.forEach((item: unknown, i) => {
    const row = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ row, field: null, code: 'INVALID_VALUE', message: `第 ${row} 条不是对象` });
      return;
    }
    const entries = Object.entries(item as Record<string, unknown>);
    const unknown = entries.filter(([key]) => !known.has(key));
    if (unknown.length > 0) {
      errors.push(...unknown.map(([key]) => ({ row, field: key, code: 'UNKNOWN_FIELD', message: `未知的字段：${key}` })));
      return;
    }
    const cells: Record<string, Cell> = {};
    for (const [key, value] of entries) if (value !== null && value !== undefined && value !== '') cells[key] = value as Cell;
    rows.push({ row, cells });
  });
  return { rows, errors, total: parsed.length };
}

/** Validates raw rows against a schema: typed rows for the valid ones, one error per bad field otherwise. */
export function validateRows<T extends object>(rows: RawRow[], schema: RowSchema<T>): { valid: { row: number; value: T }[]; errors: ImportRowError[] } {
  const valid: { row: number; value: T }[] = [];
  const errors: ImportRowError[] = [];
  for (const { row, cells } of rows) {
    const value: Record<string, unknown> = {};
    let rowOk = true;
    for (const [field, spec] of Object.entries(schema) as [string, RowSchema<T>[keyof T]][]) {
      const cell = cells[field];
      if (cell === undefined) {
        if (spec.required) {
          errors.push({ row, field, code: 'REQUIRED', message: `${spec.label}（${field}）不能为空` });
          rowOk = false;
        }
        continue;
      }
      const parsed = spec.parse(cell, spec.label);
      if (parsed.ok) value[field] = parsed.value;
      else {
        errors.push({ row, field, code: parsed.code, message: parsed.message });
        rowOk = false;
      }
    }
    if (rowOk) valid.push({ row, value: value as T });
  }
  return { valid, errors };
}
