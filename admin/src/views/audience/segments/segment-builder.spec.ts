import { describe, expect, it } from 'vitest';
import type { SegmentFilter } from '@/api/audience.types';
import { fieldChange, fromFilter, newCondition, opChange, toFilter, type BuilderCondition, type BuilderRoot } from './segment-builder';

function condition(field: string, op: BuilderCondition['op'], value: BuilderCondition['value'], negate = false): BuilderCondition {
  return { ...newCondition(field), op, value, negate };
}

describe('segment builder serialisation', () => {
  it('should send a single condition as a bare field node', () => {
    const root: BuilderRoot = { match: 'and', children: [condition('riskLevel', 'in', ['C1', 'C2'])] };

    expect(toFilter(root)).toEqual({ field: 'riskLevel', op: 'in', value: ['C1', 'C2'] });
  });

  it('should combine conditions, groups and exclusions into the server filter language', () => {
    const root: BuilderRoot = {
      match: 'and',
      children: [
        condition('topArchetype', 'eq', 'security'),
        { type: 'group', id: 99, match: 'or', children: [condition('anxiety', 'gte', 60), condition('lifecycle', 'eq', 'churn_risk')] },
        condition('riskLevel', 'in', ['C5'], true),
      ],
    };

    expect(toFilter(root)).toEqual({
      and: [
        { field: 'topArchetype', op: 'eq', value: 'security' },
        { or: [{ field: 'anxiety', op: 'gte', value: 60 }, { field: 'lifecycle', op: 'eq', value: 'churn_risk' }] },
        { not: { field: 'riskLevel', op: 'in', value: ['C5'] } },
      ],
    });
  });

  it('should hold back the filter while a condition is incomplete', () => {
    expect(toFilter({ match: 'and', children: [condition('riskLevel', 'in', [])] })).toBeNull();
    expect(toFilter({ match: 'and', children: [condition('aum', 'between', [100_000])] })).toBeNull();
    expect(toFilter({ match: 'and', children: [condition('aum', 'between', [Number.NaN, 500_000])] })).toBeNull();
    expect(toFilter({ match: 'and', children: [] })).toBeNull();
  });

  it('should read a saved filter back into the same tree it was written from', () => {
    const saved: SegmentFilter = {
      or: [
        { field: 'aum', op: 'between', value: [500_000, 3_000_000] },
        { and: [{ field: 'trait.loss_aversion', op: 'gte', value: 70 }, { not: { field: 'gender', op: 'eq', value: 'male' } }] },
      ],
    };

    const tree = fromFilter(saved);

    expect(tree).not.toBeNull();
    expect(toFilter(tree as BuilderRoot)).toEqual(saved);
  });

  it('should decline filters the builder cannot show, such as tag conditions', () => {
    expect(fromFilter({ and: [{ tag: 'security', minScore: 60 }, { field: 'riskLevel', op: 'eq', value: 'C3' }] })).toBeNull();
  });

  it('should clear the value when the field changes so an enum value never reaches a numeric field', () => {
    const edited = { ...condition('riskLevel', 'in', ['C1']), ...fieldChange('anxiety') };

    expect(edited).toMatchObject({ field: 'anxiety', op: 'gte', value: null });
  });

  it('should keep a single value across single-value operators but clear it for a range', () => {
    const edited = condition('anxiety', 'gte', 60);

    expect(opChange(edited, 'lte')).toEqual({ op: 'lte' });
    expect(opChange(edited, 'between')).toEqual({ op: 'between', value: null });
  });
});
