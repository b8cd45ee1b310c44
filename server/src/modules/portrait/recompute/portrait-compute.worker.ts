import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { RuleSet } from '../engine/rules.js';
import type { RawInputRows, Row } from '../loading/assemble-inputs.js';
import { type ReadPlan, runReadPlan } from '../loading/read-plan.js';
import { computeBatch } from './compute-batch.js';

/**
 * Worker-thread entry: computes batches posted by PortraitComputer, so the main thread keeps reading and writing.
 * On an SQLite file the worker can also run the batch's reads itself on its own read-only connection (WAL lets it
 * read beside the main thread's writes), which leaves the main thread only the writes.
 */
export type ComputeRequest = { id: number; rules: RuleSet } & ({ raw: RawInputRows } | { plan: ReadPlan });

export interface ComputeWorkerData {
  sqlitePath: string | null;
}

const { sqlitePath } = (workerData ?? { sqlitePath: null }) as ComputeWorkerData;
let connection: Database.Database | null = null;

function sqlite(): Database.Database {
  if (!sqlitePath) throw new Error('this portrait worker has no SQLite file to read');
  if (!connection) {
    connection = new Database(sqlitePath, { readonly: true, fileMustExist: true });
    connection.pragma('busy_timeout = 5000');
    connection.pragma('cache_size = -65536');
    connection.pragma('mmap_size = 268435456');
  }
  return connection;
}

async function rawRows(request: ComputeRequest): Promise<RawInputRows> {
  if ('raw' in request) return request.raw;
  const db = sqlite();
  return runReadPlan(request.plan, (read) => db.prepare(read.sql).all(...read.parameters) as Row[]);
}

parentPort?.on('message', (request: ComputeRequest) => {
  rawRows(request)
    .then((raw) => parentPort?.postMessage({ id: request.id, computed: computeBatch(raw, request.rules) }))
    .catch((error: unknown) => parentPort?.postMessage({ id: request.id, error: (error as Error).message ?? String(error) }));
});
