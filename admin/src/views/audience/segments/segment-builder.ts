import type { FilterOp, FilterValue, SegmentFilter } from '@/api/audience.types';
import { segmentField } from './segment-fields';

/**
 * The builder's editable tree: a root group of conditions and sub-groups (one level deep, which covers
 * "A and (B or C)" without a query language). It serialises to the server's filter JSON and back.
 */
export interface BuilderCondition {
  type: 'condition';
  id: number;
  field: string;
  op: FilterOp;
  value: FilterValue | null;
  /** Wraps the condition in `{ not: … }` (排除). */
  negate: boolean;
}

export interface BuilderGroup {
  type: 'group';
  id: number;
  match: 'and' | 'or';
  children: BuilderCondition[];
}

export interface BuilderRoot {
  match: 'and' | 'or';
  children: (BuilderCondition | BuilderGroup)[];
}

let nextId = 1;
export const newId = () => nextId++;

export function newCondition(field = 'riskLevel'): BuilderCondition {
  const def = segmentField(field);
  return { type: 'condition', id: newId(), field, op: def?.ops[0] ?? 'eq', value: null, negate: false };
}

export function newGroup(): BuilderGroup {
  return { type: 'group', id: newId(), match: 'or', children: [newCondition()] };
}

function isCompleteValue(op: FilterOp, value: FilterValue | null): value is FilterValue {
  if (value === null || value === '') return false;
  if (op === 'in') return Array.isArray(value) && value.length > 0;
  if (op === 'between') return Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === 'number' && Number.isFinite(item));
  return !Array.isArray(value);
}

function conditionFilter(condition: BuilderCondition): SegmentFilter | null {
  if (!isCompleteValue(condition.op, condition.value)) return null;
  const node: SegmentFilter = { field: condition.field, op: condition.op, value: condition.value };
  return condition.negate ? { not: node } : node;
}

function combine(match: 'and' | 'or', parts: SegmentFilter[]): SegmentFilter | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0] ?? null;
  return match === 'and' ? { and: parts } : { or: parts };
}

/** The filter JSON, or null while any condition is incomplete (the count waits for a valid filter). */
export function toFilter(root: BuilderRoot): SegmentFilter | null {
  const parts: SegmentFilter[] = [];
  for (const child of root.children) {
    if (child.type === 'condition') {
      const part = conditionFilter(child);
      if (!part) return null;
      parts.push(part);
    } else {
      const inner = child.children.map(conditionFilter);
      if (inner.some((part) => part === null)) return null;
      const group = combine(child.match, inner as SegmentFilter[]);
      if (group) parts.push(group);
    }
  }
  return combine(root.match, parts);
}

function conditionFrom(filter: SegmentFilter): BuilderCondition | null {
  const negate = 'not' in filter;
  const node = negate ? filter.not : filter;
  if (!('field' in node)) return null;
  return { type: 'condition', id: newId(), field: node.field, op: node.op, value: node.value, negate };
}

/** Rebuilds the editable tree from a saved filter; null when it uses shapes the builder cannot show (tags, deep nesting). */
export function fromFilter(filter: SegmentFilter): BuilderRoot | null {
  const single = conditionFrom(filter);
  if (single) return { match: 'and', children: [single] };
  const rootMatch = 'and' in filter ? 'and' : 'or' in filter ? 'or' : null;
  if (!rootMatch) return null;
  const items = 'and' in filter ? filter.and : 'or' in filter ? filter.or : [];
  const children: BuilderRoot['children'] = [];
  for (const item of items) {
    const condition = conditionFrom(item);
    if (condition) {
      children.push(condition);
      continue;
    }
    const groupMatch = 'and' in item ? 'and' : 'or' in item ? 'or' : null;
    const groupItems = 'and' in item ? item.and : 'or' in item ? item.or : [];
    const conditions = groupItems.map(conditionFrom);
    if (!groupMatch || conditions.some((c) => c === null)) return null;
    children.push({ type: 'group', id: newId(), match: groupMatch, children: conditions as BuilderCondition[] });
  }
  return { match: rootMatch, children };
}

export type ConditionPatch = Partial<Pick<BuilderCondition, 'field' | 'op' | 'value' | 'negate'>>;

/** A new field resets op and value, so an enum value never lingers on a numeric field. */
export function fieldChange(field: string): ConditionPatch {
  return { field, op: segmentField(field)?.ops[0] ?? 'eq', value: null };
}

/** Switching between single-value and list operators (in, between) clears the value, which no longer fits. */
export function opChange(condition: BuilderCondition, op: FilterOp): ConditionPatch {
  const wasList = condition.op === 'in' || condition.op === 'between';
  const isList = op === 'in' || op === 'between';
  return wasList !== isList || op === 'between' ? { op, value: null } : { op };
}
