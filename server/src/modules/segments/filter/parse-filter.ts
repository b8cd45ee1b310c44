import { TAG_KEY_PATTERN } from '../../portrait/tags/tag-catalog.js';
import { FIELD_NAMES_FOR_HELP, OPS_BY_KIND, resolveField, type FieldDef } from './filter-fields.js';
import { FILTER_OPS, type FilterIssue, type FilterNode, type FilterOp, type Scalar } from './filter.types.js';

const MAX_DEPTH = 8;
const MAX_NODES = 200;
const MAX_CHILDREN = 50;
const MAX_LIST = 500;
const MAX_TEXT = 64;

type Json = Record<string, unknown>;

class FilterParser {
  readonly issues: FilterIssue[] = [];
  private nodes = 0;

  node(raw: unknown, path: string, depth: number): FilterNode | null {
    if (++this.nodes > MAX_NODES) return this.fail(path, `条件节点不能超过${MAX_NODES}个`);
    if (depth > MAX_DEPTH) return this.fail(path, `嵌套不能超过${MAX_DEPTH}层`);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return this.fail(path, '必须是对象');
    const obj = raw as Json;
    const keys = Object.keys(obj);
    if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or')) return this.group(keys[0], obj[keys[0]], path, depth);
    if (keys.length === 1 && keys[0] === 'not') {
      const child = this.node(obj.not, `${path}.not`, depth + 1);
      return child && { type: 'not', child };
    }
    if ('tag' in obj) return this.tag(obj, path);
    if ('field' in obj) return this.compare(obj, path);
    return this.fail(path, '须为 and / or / not / {field, op, value} / {tag} 之一');
  }

  private group(kind: 'and' | 'or', raw: unknown, path: string, depth: number): FilterNode | null {
    if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_CHILDREN) return this.fail(`${path}.${kind}`, `须为1到${MAX_CHILDREN}个条件的数组`);
    const children = raw.map((c, i) => this.node(c, `${path}.${kind}[${i}]`, depth + 1));
    if (children.some((c) => c === null)) return null;
    return { type: kind, children: children as FilterNode[] };
  }

  private tag(obj: Json, path: string): FilterNode | null {
    const unknown = Object.keys(obj).filter((k) => !['tag', 'minScore', 'source'].includes(k));
    if (unknown.length > 0) return this.fail(`${path}.${unknown[0]}`, '未知字段');
    if (typeof obj.tag !== 'string' || !TAG_KEY_PATTERN.test(obj.tag)) return this.fail(`${path}.tag`, '标签键格式不正确');
    const minScore = obj.minScore;
    if (minScore !== undefined && (typeof minScore !== 'number' || !Number.isFinite(minScore) || minScore < 0 || minScore > 100)) {
      return this.fail(`${path}.minScore`, '须为0到100的数字');
    }
    const source = obj.source;
    if (source !== undefined && source !== 'manual' && source !== 'computed') return this.fail(`${path}.source`, '须为 manual 或 computed');
    return { type: 'tag', tag: obj.tag, minScore: (minScore as number | undefined) ?? null, source: source ?? null };
  }

  private compare(obj: Json, path: string): FilterNode | null {
    const unknown = Object.keys(obj).filter((k) => !['field', 'op', 'value'].includes(k));
    if (unknown.length > 0) return this.fail(`${path}.${unknown[0]}`, '未知字段');
    const field = typeof obj.field === 'string' ? resolveField(obj.field) : null;
    if (!field) return this.fail(`${path}.field`, `不支持的字段；可用：${FIELD_NAMES_FOR_HELP.join(', ')}`);
    const op = obj.op as FilterOp;
    if (!(FILTER_OPS as readonly string[]).includes(op as string) || !OPS_BY_KIND[field.kind].includes(op)) {
      return this.fail(`${path}.op`, `该字段支持：${OPS_BY_KIND[field.kind].join(', ')}`);
    }
    const value = this.value(field, op, obj.value, `${path}.value`);
    return value === null ? null : { type: 'compare', path, field: obj.field as string, op, value };
  }

  private value(field: FieldDef, op: FilterOp, raw: unknown, path: string): Scalar | Scalar[] | null {
    if (op === 'in') {
      if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_LIST) return this.fail(path, `须为1到${MAX_LIST}个值的数组`);
      const items = raw.map((v, i) => this.scalar(field, v, `${path}[${i}]`, true));
      return items.some((v) => v === null) ? null : (items as Scalar[]);
    }
    if (op === 'between') {
      if (!Array.isArray(raw) || raw.length !== 2) return this.fail(path, '须为 [下限, 上限]');
      const lo = this.scalar(field, raw[0], `${path}[0]`, false);
      const hi = this.scalar(field, raw[1], `${path}[1]`, false);
      if (lo === null || hi === null) return null;
      if (lo > hi) return this.fail(path, '下限不能大于上限');
      return [lo, hi];
    }
    return this.scalar(field, raw, path, op === 'eq' || op === 'ne');
  }

  /** `exact`: the value must be one of an enumerated field's values (eq/ne/in); ranges and contains may be partial. */
  private scalar(field: FieldDef, raw: unknown, path: string, exact: boolean): Scalar | null {
    if (field.kind === 'number') return typeof raw === 'number' && Number.isFinite(raw) ? raw : this.fail(path, '须为数字');
    if (field.kind === 'id') return typeof raw === 'number' && Number.isInteger(raw) && raw > 0 ? raw : this.fail(path, '须为正整数 id');
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_TEXT) return this.fail(path, `须为1到${MAX_TEXT}个字符的字符串`);
    if (exact && field.values && !field.values.includes(raw)) return this.fail(path, `须为 ${field.values.join(' / ')} 之一`);
    return raw;
  }

  private fail(path: string, message: string): null {
    this.issues.push({ path, message });
    return null;
  }
}

/** Validates a filter document; returns the typed tree, or the problems each with the JSON path of the bad node. */
export function parseFilter(raw: unknown): { filter: FilterNode; issues: [] } | { filter: null; issues: FilterIssue[] } {
  const parser = new FilterParser();
  const filter = parser.node(raw, '$', 0);
  if (filter && parser.issues.length === 0) return { filter, issues: [] };
  return { filter: null, issues: parser.issues.length > 0 ? parser.issues : [{ path: '$', message: '条件不正确' }] };
}
