import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/**
 * Which clients a batch covers: a contiguous id range (full recompute pages through clients by id, so every client
 * in the range is in the batch and a BETWEEN scan replaces a long IN list) or an explicit id list (incremental).
 */
export type ClientSet = { kind: 'range'; fromId: number; toId: number } | { kind: 'ids'; ids: readonly number[] };

export function clientSetFilter<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, set: ClientSet): SelectQueryBuilder<T> {
  if (set.kind === 'range') return qb.where(`${column} BETWEEN :fromId AND :toId`, { fromId: set.fromId, toId: set.toId });
  return qb.where(`${column} IN (:...clientIds)`, { clientIds: set.ids.length > 0 ? [...set.ids] : [-1] });
}
