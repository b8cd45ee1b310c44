import { parentPort, workerData } from 'node:worker_threads';
import type { RuleSet } from '../engine/rules.js';
import type { RawInputRows } from '../loading/assemble-inputs.js';
import { type ReadPlan, runReadPlan } from '../loading/read-plan.js';
import { computeBatch } from './compute-batch.js';
import { type ReadQuery, type WorkerReadSource, workerReader } from './worker-reader.js';

/**
 * Worker-thread entry: computes batches posted by PortraitComputer, so the main thread keeps reading and writing.
 * Given a read source (the SQLite file, or the MySQL server) the worker also runs the batch's reads on its own
 * connection, which leaves the main thread only the writes: parsing a batch's rows and handing them across threads
 * cost the main thread more than the engine costs the worker.
 */
export type ComputeRequest = { id: number; rules: RuleSet } & ({ raw: RawInputRows } | { plan: ReadPlan });

export interface ComputeWorkerData {
  readSource: WorkerReadSource | null;
}

const { readSource } = (workerData ?? { readSource: null }) as ComputeWorkerData;
let reader: ReadQuery | null = null;

async function rawRows(request: ComputeRequest): Promise<RawInputRows> {
  if ('raw' in request) return request.raw;
  if (!readSource) throw new Error('this portrait worker has no database to read');
  reader ??= workerReader(readSource);
  return runReadPlan(request.plan, reader);
}

parentPort?.on('message', (request: ComputeRequest) => {
  rawRows(request)
    .then((raw) => parentPort?.postMessage({ id: request.id, computed: computeBatch(raw, request.rules) }))
    .catch((error: unknown) => parentPort?.postMessage({ id: request.id, error: (error as Error).message ?? String(error) }));
});
