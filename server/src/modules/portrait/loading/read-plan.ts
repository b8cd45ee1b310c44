import type { RawInputRows, Row } from './assemble-inputs.js';

/** The source tables a batch reads (RawInputRows minus asOf). */
export type InputSource = Exclude<keyof RawInputRows, 'asOf'>;

/** One parameterised statement, ready for the data source or for a raw SQLite connection (parameters are plain values). */
export interface PlannedRead {
  sql: string;
  parameters: unknown[];
}

/** A batch's reads: `clients` first (an empty batch reads nothing else), then every other source at once. */
export interface ReadPlan {
  asOf: number;
  reads: Record<InputSource, PlannedRead>;
}

/** Runs a plan with `query` (the data source, or a worker's own connection). */
export async function runReadPlan(plan: ReadPlan, query: (read: PlannedRead) => Row[] | Promise<Row[]>): Promise<RawInputRows> {
  const { asOf, reads } = plan;
  const clients = await query(reads.clients);
  if (clients.length === 0) return { asOf, clients, holdings: [], trades: [], flows: [], events: [], questionnaires: [], contacts: [], snapshots: [] };
  const [holdings, trades, flows, events, questionnaires, contacts, snapshots] = await Promise.all(
    (['holdings', 'trades', 'flows', 'events', 'questionnaires', 'contacts', 'snapshots'] as const).map((source) => query(reads[source])),
  );
  return { asOf, clients, holdings: holdings!, trades: trades!, flows: flows!, events: events!, questionnaires: questionnaires!, contacts: contacts!, snapshots: snapshots! };
}
