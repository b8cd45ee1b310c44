/**
 * `column IN (…ids)` for a page of ids, or — when the ids form a dense range, as a page of "everyone"
 * does — `column BETWEEN min AND max`, which the index serves as one range scan without thousands of
 * bound parameters. Callers keep only the rows whose id is in the page.
 */
export function idsCondition(column: string, ids: readonly number[], param: string): [string, Record<string, unknown>] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  if (max - min + 1 <= ids.length * 2) return [`${column} BETWEEN :${param}From AND :${param}To`, { [`${param}From`]: min, [`${param}To`]: max }];
  return [`${column} IN (:...${param})`, { [param]: ids }];
}
