import { resolveField, type SqlDialect } from './filter-fields.js';
import type { FilterNode, Scalar } from './filter.types.js';

export interface CompiledFilter {
  /** A WHERE fragment over `clients c LEFT JOIN client_portraits p`; every value is a named parameter. */
  where: string;
  params: Record<string, unknown>;
}

export interface CompileContext {
  dialect: SqlDialect;
  /** Materialized paths of the departments the filter names (resolved by the caller; every one must be present). */
  departmentPaths: ReadonlyMap<number, string>;
}

const COMPARATORS = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
/** '!' as the LIKE escape character: a backslash would need different quoting on MySQL and SQLite. */
const escapeLike = (text: string): string => text.replace(/[!%_]/g, (ch) => `!${ch}`);

const ACTIVE_FOLLOW = "f_seg.client_id = c.id AND f_seg.state = 'active'";

class FilterCompiler {
  readonly params: Record<string, unknown> = {};
  private counter = 0;

  constructor(private readonly ctx: CompileContext) {}

  compile(node: FilterNode, negated: boolean): string {
    switch (node.type) {
      case 'and':
      case 'or':
        return `(${node.children.map((c) => this.compile(c, negated)).join(node.type === 'and' ? ' AND ' : ' OR ')})`;
      case 'not':
        return `(NOT ${this.compile(node.child, !negated)})`;
      case 'tag':
        return this.tag(node);
      case 'compare': {
        const sql = this.compare(node);
        // Under NOT, a NULL (client without a portrait, missing JSON key) must count as false, not stay unknown,
        // or NOT would drop those clients from both a set and its complement.
        return negated ? `(COALESCE(${sql}, 0) = 1)` : sql;
      }
    }
  }

  private param(value: unknown): string {
    const name = `seg${this.counter++}`;
    this.params[name] = value;
    return name;
  }

  private compare(node: Extract<FilterNode, { type: 'compare' }>): string {
    if (node.field === 'advisorId' || node.field === 'departmentId') return this.relation(node);
    const column = resolveField(node.field)!.column!(this.ctx.dialect);
    const v = node.value;
    switch (node.op) {
      case 'eq':
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        return `(${column} ${COMPARATORS[node.op]} :${this.param(v)})`;
      case 'ne':
        return `(${column} IS NULL OR ${column} <> :${this.param(v)})`;
      case 'in':
        return `(${column} IN (:...${this.param(v)}))`;
      case 'between': {
        const [lo, hi] = v as Scalar[];
        return `(${column} BETWEEN :${this.param(lo)} AND :${this.param(hi)})`;
      }
      case 'contains':
        return `(${column} LIKE :${this.param(`%${escapeLike(String(v))}%`)} ESCAPE '!')`;
    }
  }

  /** advisorId / departmentId: the client has an active follow by that advisor / by staff in that department subtree. */
  private relation(node: Extract<FilterNode, { type: 'compare' }>): string {
    const ids = (Array.isArray(node.value) ? node.value : [node.value]) as number[];
    let exists: string;
    if (node.field === 'advisorId') {
      exists = `EXISTS (SELECT 1 FROM client_follows f_seg WHERE ${ACTIVE_FOLLOW} AND f_seg.staff_id IN (:...${this.param(ids)}))`;
    } else {
      const prefixes = ids.map((id) => `d_seg.path LIKE :${this.param(`${escapeLike(this.ctx.departmentPaths.get(id) ?? '')}%`)} ESCAPE '!'`);
      exists =
        'EXISTS (SELECT 1 FROM client_follows f_seg JOIN staff s_seg ON s_seg.id = f_seg.staff_id ' +
        `JOIN departments d_seg ON d_seg.id = s_seg.department_id WHERE ${ACTIVE_FOLLOW} AND (${prefixes.join(' OR ')}))`;
    }
    return node.op === 'ne' ? `(NOT ${exists})` : `(${exists})`;
  }

  /**
   * The tag predicate follows the profile's rule (a manual decision overrides the computed tag): with no source, a
   * client matches on an active manual tag, or on an active computed tag (≥ minScore) when no manual decision exists.
   */
  private tag(node: Extract<FilterNode, { type: 'tag' }>): string {
    const key = `:${this.param(node.tag)}`;
    const base = (alias: string) => `SELECT 1 FROM client_tags ${alias} WHERE ${alias}.client_id = c.id AND ${alias}.tag_key = ${key}`;
    const minScore = node.minScore === null ? '' : ` AND tc_seg.score >= :${this.param(node.minScore)}`;
    const manualActive = `EXISTS (${base('tm_seg')} AND tm_seg.source = 'manual' AND tm_seg.active = 1)`;
    const computedActive = `EXISTS (${base('tc_seg')} AND tc_seg.source = 'computed' AND tc_seg.active = 1${minScore})`;
    if (node.source === 'manual') return `(${manualActive})`;
    if (node.source === 'computed') return `(${computedActive})`;
    const noManualDecision = `NOT EXISTS (${base('tx_seg')} AND tx_seg.source = 'manual')`;
    return `(${manualActive} OR (${computedActive} AND ${noManualDecision}))`;
  }
}

/** Department ids a filter names, so the caller can resolve their paths (and reject unknown ones) before compiling. */
export function departmentIdsIn(node: FilterNode, out: { id: number; path: string }[] = []): { id: number; path: string }[] {
  if (node.type === 'and' || node.type === 'or') node.children.forEach((c) => departmentIdsIn(c, out));
  else if (node.type === 'not') departmentIdsIn(node.child, out);
  else if (node.type === 'compare' && node.field === 'departmentId') {
    const ids = (Array.isArray(node.value) ? node.value : [node.value]) as number[];
    ids.forEach((id, i) => out.push({ id, path: Array.isArray(node.value) ? `${node.path}.value[${i}]` : `${node.path}.value` }));
  }
  return out;
}

/** Compiles a parsed filter into a parameterised WHERE fragment; identifiers come only from the field whitelist. */
export function compileFilter(node: FilterNode, ctx: CompileContext): CompiledFilter {
  const compiler = new FilterCompiler(ctx);
  const where = compiler.compile(node, false);
  return { where, params: compiler.params };
}
