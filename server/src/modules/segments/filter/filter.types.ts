/**
 * The segment filter language (JSON, as stored and as posted):
 *   { and: [...] } | { or: [...] } | { not: {...} } | { field, op, value } | { tag, minScore?, source? }
 * Parsed into these typed nodes before anything touches SQL.
 */
export const FILTER_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'contains'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];

export type Scalar = string | number;

export type FilterNode =
  | { type: 'and'; children: FilterNode[] }
  | { type: 'or'; children: FilterNode[] }
  | { type: 'not'; child: FilterNode }
  | { type: 'compare'; path: string; field: string; op: FilterOp; value: Scalar | Scalar[] }
  | { type: 'tag'; tag: string; minScore: number | null; source: 'manual' | 'computed' | null };

export interface FilterIssue {
  path: string;
  message: string;
}
