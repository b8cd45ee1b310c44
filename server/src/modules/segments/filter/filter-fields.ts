import { ARCHETYPES, CLIENT_RISK_LEVELS } from '@valuelens/contracts';
import { LIFECYCLE_STAGES } from '../../portrait/engine/derive/lifecycle.js';
import { VALUE_GROUPS } from '../../portrait/engine/derive/value-group.js';
import { TRAIT_IDS } from '../../portrait/engine/traits/trait.js';
import type { FilterOp } from './filter.types.js';

export type SqlDialect = 'mysql' | 'sqlite';

/** string: text columns; number: numeric columns and JSON numbers; id: a staff or department id matched by relation. */
export type FieldKind = 'string' | 'number' | 'id';

export interface FieldDef {
  kind: FieldKind;
  /** Allowed values of an enumerated text column (checked on eq/ne/in). */
  values?: readonly string[];
  /** SQL for the column; only ever built from whitelisted identifiers, never from user input. */
  column?: (dialect: SqlDialect) => string;
}

export const OPS_BY_KIND: Record<FieldKind, readonly FilterOp[]> = {
  string: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'contains'],
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between'],
  id: ['eq', 'ne', 'in'],
};

const plain = (sql: string) => () => sql;

/**
 * A number inside a JSON text column. `json_extract` exists under that name on SQLite, MySQL and MariaDB; MariaDB
 * returns JSON text, so `+ 0` makes the comparison numeric there.
 */
const jsonNumber = (column: string, key: string) => (dialect: SqlDialect) =>
  dialect === 'mysql' ? `(json_extract(${column}, '$.${key}') + 0)` : `json_extract(${column}, '$.${key}')`;

const STATIC_FIELDS: Readonly<Record<string, FieldDef>> = {
  riskLevel: { kind: 'string', values: CLIENT_RISK_LEVELS, column: plain('c.risk_level') },
  ageBand: { kind: 'string', column: plain('c.age_band') },
  gender: { kind: 'string', values: ['male', 'female'], column: plain('c.gender') },
  occupation: { kind: 'string', column: plain('c.occupation') },
  lifecycle: { kind: 'string', values: LIFECYCLE_STAGES, column: plain('p.lifecycle') },
  valueGroup: { kind: 'string', values: VALUE_GROUPS, column: plain('p.value_group') },
  topArchetype: { kind: 'string', values: ARCHETYPES, column: plain('p.top_archetype') },
  anxiety: { kind: 'number', column: plain('p.anxiety') },
  /** AUM = Σ market value of holdings, a correlated sum over the holdings index on client_id. */
  aum: { kind: 'number', column: plain('(SELECT COALESCE(SUM(h.market_value), 0) FROM holdings h WHERE h.client_id = c.id)') },
  advisorId: { kind: 'id' },
  departmentId: { kind: 'id' },
};

/** The whitelist: a field name resolves here or the filter is rejected. Dynamic keys are checked against their catalogue. */
export function resolveField(name: string): FieldDef | null {
  if (Object.prototype.hasOwnProperty.call(STATIC_FIELDS, name)) return STATIC_FIELDS[name] ?? null;
  const [prefix, key, ...rest] = name.split('.');
  if (rest.length > 0 || key === undefined) return null;
  if (prefix === 'archetypeWeight' && (ARCHETYPES as readonly string[]).includes(key)) {
    return { kind: 'number', column: jsonNumber('p.archetype_weights', key) };
  }
  if (prefix === 'trait' && (TRAIT_IDS as readonly string[]).includes(key)) {
    return { kind: 'number', column: jsonNumber('p.trait_scores', key) };
  }
  return null;
}

export const FIELD_NAMES_FOR_HELP = [...Object.keys(STATIC_FIELDS), 'archetypeWeight.<archetype>', 'trait.<trait>'];
