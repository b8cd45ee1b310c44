import { compileFilter, departmentIdsIn } from './compile-filter.js';
import { parseFilter } from './parse-filter.js';
import type { FilterNode } from './filter.types.js';

const ctx = { dialect: 'sqlite' as const, departmentPaths: new Map([[7, '/1/7/']]) };

function parsed(raw: unknown): FilterNode {
  const result = parseFilter(raw);
  if (!result.filter) throw new Error(JSON.stringify(result.issues));
  return result.filter;
}

describe('parseFilter', () => {
  it('should accept nested and/or/not with comparisons and a tag predicate', () => {
    const raw = {
      and: [
        { or: [{ field: 'riskLevel', op: 'gte', value: 'C3' }, { field: 'aum', op: 'between', value: [1e5, 1e6] }] },
        { not: { field: 'lifecycle', op: 'in', value: ['churn_risk', 'prospect'] } },
        { tag: 'security', minScore: 60, source: 'computed' },
        { field: 'trait.loss_aversion', op: 'gt', value: 70 },
      ],
    };
    expect(parseFilter(raw).issues).toEqual([]);
  });

  it('should reject a field outside the whitelist with the path of the node', () => {
    const result = parseFilter({ and: [{ field: 'riskLevel', op: 'eq', value: 'C1' }, { field: 'name; DROP TABLE clients', op: 'eq', value: 'x' }] });
    expect(result.filter).toBeNull();
    expect(result.issues.map((i) => i.path)).toEqual(['$.and[1].field']);
  });

  it('should reject unknown JSON keys, archetypes and traits in dynamic fields', () => {
    expect(parseFilter({ field: 'archetypeWeight.crypto', op: 'gt', value: 0.2 }).issues[0]?.path).toBe('$.field');
    expect(parseFilter({ field: "trait.x') OR 1=1 --", op: 'gt', value: 1 }).issues[0]?.path).toBe('$.field');
  });

  it('should reject an op the field does not support, a bad value and an inverted range', () => {
    expect(parseFilter({ field: 'aum', op: 'contains', value: '1' }).issues[0]?.path).toBe('$.op');
    expect(parseFilter({ field: 'lifecycle', op: 'eq', value: 'asleep' }).issues[0]?.path).toBe('$.value');
    expect(parseFilter({ field: 'anxiety', op: 'between', value: [80, 20] }).issues[0]?.path).toBe('$.value');
    expect(parseFilter({ field: 'advisorId', op: 'in', value: [] }).issues[0]?.path).toBe('$.value');
  });

  it('should reject malformed tag predicates and nodes', () => {
    expect(parseFilter({ tag: 'Security!' }).issues[0]?.path).toBe('$.tag');
    expect(parseFilter({ tag: 'security', minScore: 101 }).issues[0]?.path).toBe('$.minScore');
    expect(parseFilter({ tag: 'security', extra: 1 }).issues[0]?.path).toBe('$.extra');
    expect(parseFilter({ or: [] }).issues[0]?.path).toBe('$.or');
    expect(parseFilter('riskLevel = C1').issues[0]?.path).toBe('$');
  });

  it('should bound the depth of a filter', () => {
    let deep: unknown = { field: 'anxiety', op: 'gt', value: 1 };
    for (let i = 0; i < 12; i++) deep = { not: deep };
    expect(parseFilter(deep).filter).toBeNull();
  });
});

describe('compileFilter', () => {
  it('should bind every value as a parameter, never into the SQL text', () => {
    const evil = "x' OR '1'='1";
    const { where, params } = compileFilter(parsed({ field: 'occupation', op: 'contains', value: evil }), ctx);
    expect(where).not.toContain(evil);
    expect(Object.values(params)).toEqual([`%${evil}%`]);
  });

  it('should escape LIKE wildcards in contains', () => {
    const { params } = compileFilter(parsed({ field: 'occupation', op: 'contains', value: '50%_!' }), ctx);
    expect(Object.values(params)).toEqual(['%50!%!_!!%']);
  });

  it('should treat NULL as not matching under NOT', () => {
    const { where } = compileFilter(parsed({ not: { field: 'lifecycle', op: 'eq', value: 'new' } }), ctx);
    expect(where).toBe('(NOT (COALESCE((p.lifecycle = :seg0), 0) = 1))');
  });

  it('should make MariaDB compare JSON numbers numerically', () => {
    const { where } = compileFilter(parsed({ field: 'archetypeWeight.value', op: 'gte', value: 0.3 }), { ...ctx, dialect: 'mysql' });
    expect(where).toBe("((json_extract(p.archetype_weights, '$.value') + 0) >= :seg0)");
  });

  it('should match a department subtree by its materialized path', () => {
    const node = parsed({ field: 'departmentId', op: 'eq', value: 7 });
    expect(departmentIdsIn(node)).toEqual([{ id: 7, path: '$.value' }]);
    expect(Object.values(compileFilter(node, ctx).params)).toEqual(['/1/7/%']);
  });
});
