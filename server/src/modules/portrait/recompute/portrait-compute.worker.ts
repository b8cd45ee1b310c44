import { parentPort } from 'node:worker_threads';
import type { RuleSet } from '../engine/rules.js';
import type { RawInputRows } from '../loading/assemble-inputs.js';
import { computeBatch } from './compute-batch.js';

/** Worker-thread entry: computes batches posted by PortraitComputer, so the main thread keeps reading and writing. */
export interface ComputeRequest {
  id: number;
  raw: RawInputRows;
  rules: RuleSet;
}

parentPort?.on('message', (request: ComputeRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, computed: computeBatch(request.raw, request.rules) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: (error as Error).message ?? String(error) });
  }
});
