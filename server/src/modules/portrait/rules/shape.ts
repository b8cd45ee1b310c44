/**
 * A tiny structural schema language for JSON documents HQ edits (the portrait RuleSet): every object lists its keys,
 * so unknown keys, missing keys and wrong types are all reported with the path of the offending node.
 */
export type Shape =
  | { kind: 'number'; min?: number; max?: number; integer?: boolean; exclusiveMin?: number }
  | { kind: 'boolean' }
  | { kind: 'string'; maxLength: number; minLength?: number }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'array'; of: Shape; minItems?: number; maxItems: number }
  | { kind: 'object'; fields: Readonly<Record<string, Shape>>; optional?: readonly string[] }
  /** An object whose keys come from a fixed list: all of them (`complete`) or any subset. */
  | { kind: 'record'; keys: readonly string[]; of: Shape; complete: boolean };

export interface ShapeIssue {
  path: string;
  message: string;
}

export const num = (o: Omit<Extract<Shape, { kind: 'number' }>, 'kind'> = {}): Shape => ({ kind: 'number', ...o });
export const bool: Shape = { kind: 'boolean' };
export const str = (maxLength: number, minLength = 1): Shape => ({ kind: 'string', maxLength, minLength });
export const oneOf = (values: readonly string[]): Shape => ({ kind: 'enum', values });
export const list = (of: Shape, maxItems: number, minItems = 0): Shape => ({ kind: 'array', of, maxItems, minItems });
export const obj = (fields: Record<string, Shape>, optional: readonly string[] = []): Shape => ({ kind: 'object', fields, optional });
export const recordOf = (keys: readonly string[], of: Shape, complete = true): Shape => ({ kind: 'record', keys, of, complete });

const MAX_ISSUES = 20;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkNumber(shape: Extract<Shape, { kind: 'number' }>, value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '必须是数字';
  if (shape.integer && !Number.isInteger(value)) return '必须是整数';
  if (shape.min !== undefined && value < shape.min) return `不能小于${shape.min}`;
  if (shape.exclusiveMin !== undefined && value <= shape.exclusiveMin) return `必须大于${shape.exclusiveMin}`;
  if (shape.max !== undefined && value > shape.max) return `不能大于${shape.max}`;
  return null;
}

function walk(shape: Shape, value: unknown, path: string, issues: ShapeIssue[]): void {
  if (issues.length >= MAX_ISSUES) return;
  const fail = (message: string) => issues.push({ path, message });
  switch (shape.kind) {
    case 'number': {
      const problem = checkNumber(shape, value);
      if (problem) fail(problem);
      return;
    }
    case 'boolean':
      if (typeof value !== 'boolean') fail('必须是布尔值');
      return;
    case 'string':
      if (typeof value !== 'string') fail('必须是字符串');
      else if (value.length < (shape.minLength ?? 0) || value.length > shape.maxLength) fail(`长度须在${shape.minLength ?? 0}到${shape.maxLength}之间`);
      return;
    case 'enum':
      if (typeof value !== 'string' || !shape.values.includes(value)) fail(`必须是 ${shape.values.join(' / ')} 之一`);
      return;
    case 'array':
      if (!Array.isArray(value)) return void fail('必须是数组');
      if (value.length < (shape.minItems ?? 0) || value.length > shape.maxItems) fail(`元素个数须在${shape.minItems ?? 0}到${shape.maxItems}之间`);
      value.forEach((item, i) => walk(shape.of, item, `${path}[${i}]`, issues));
      return;
    case 'object': {
      if (!isPlainObject(value)) return void fail('必须是对象');
      for (const key of Object.keys(value)) if (!(key in shape.fields)) issues.push({ path: `${path}.${key}`, message: '未知字段' });
      for (const [key, child] of Object.entries(shape.fields)) {
        if (value[key] === undefined) {
          if (!shape.optional?.includes(key)) issues.push({ path: `${path}.${key}`, message: '缺少字段' });
          continue;
        }
        walk(child, value[key], `${path}.${key}`, issues);
      }
      return;
    }
    case 'record': {
      if (!isPlainObject(value)) return void fail('必须是对象');
      for (const key of Object.keys(value)) if (!shape.keys.includes(key)) issues.push({ path: `${path}.${key}`, message: '未知字段' });
      for (const key of shape.keys) {
        if (value[key] === undefined) {
          if (shape.complete) issues.push({ path: `${path}.${key}`, message: '缺少字段' });
          continue;
        }
        walk(shape.of, value[key], `${path}.${key}`, issues);
      }
      return;
    }
  }
}

/** All problems of `value` against `shape` (at most 20), each with a JSON path such as `$.traits.herding.hotBuyShare.lo`. */
export function checkShape(shape: Shape, value: unknown, root = '$'): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  walk(shape, value, root, issues);
  return issues;
}
