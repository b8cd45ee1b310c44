/**
 * Evidence attached to every metric, trait and archetype: a Chinese label an advisor can read, the numbers that
 * produced the value, and the ids of the trades/events/flows that contributed (capped so a portrait stays small).
 */
export type EvidenceValue = number | string | boolean | null;

export interface Evidence {
  labelZh: string;
  values: Readonly<Record<string, EvidenceValue>>;
  refs: readonly string[];
}

export interface Metric<T> {
  value: T;
  evidence: Evidence;
}

/** Collects contributing ids up to a cap without allocating beyond it. */
export class RefCollector {
  private readonly ids: string[] = [];
  constructor(private readonly cap: number) {}

  add(id: string): void {
    if (this.ids.length < this.cap) this.ids.push(id);
  }

  list(): readonly string[] {
    return this.ids;
  }
}

export function makeEvidence(
  labelZh: string,
  values: Readonly<Record<string, EvidenceValue>>,
  refs: readonly string[] = [],
): Evidence {
  return { labelZh, values, refs };
}
