import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import type { GeneratorOptions } from '../../src/demo/generator/types.js';
import { batches, eventStream, type StreamEvent } from './event-stream.js';

/**
 * The load generator of the ingest bench, in its own thread so generating and serialising events does not
 * compete with the server's event loop: `senders` concurrent keep-alive connections, each posting the next
 * batch of 500 as soon as its previous one is answered (a 神策 forwarder with `senders` workers).
 */
export interface SenderInput {
  url: string;
  apiKey: string;
  dataset: GeneratorOptions;
  events: number;
  batchSize: number;
  senders: number;
}

export interface SenderOutput {
  ms: number;
  requests: number;
  sent: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  failedRequests: number;
  /** Status and body of the first failed request, for the notes. */
  firstFailure?: string;
  requestP50Ms: number;
  requestP95Ms: number;
}

interface IngestAnswer {
  accepted: number;
  duplicates: number;
  rejected: number;
}

const input = workerData as SenderInput;
/** Long runs report how far they are (to stderr, by the parent). */
const PROGRESS_EVERY = 1_000_000;
const agent = new Agent({ keepAlive: true, maxSockets: input.senders });

function toTrack(e: StreamEvent): Record<string, unknown> {
  return { type: 'track', event: e.name, distinct_id: e.customerNo, time: e.time, properties: e.properties };
}

function post(body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const req = request(input.url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-api-key': input.apiKey, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (error) => resolve({ status: 0, text: error.message }));
    req.end(body);
  });
}

async function run(): Promise<SenderOutput> {
  const source = batches(eventStream(input.dataset, input.events), input.batchSize);
  const out: SenderOutput = { ms: 0, requests: 0, sent: 0, accepted: 0, duplicates: 0, rejected: 0, failedRequests: 0, requestP50Ms: 0, requestP95Ms: 0 };
  const latencies: number[] = [];
  const sender = async () => {
    for (let next = source.next(); !next.done; next = source.next()) {
      const body = JSON.stringify(next.value.map(toTrack));
      const started = performance.now();
      const { status, text } = await post(body);
      latencies.push(performance.now() - started);
      out.requests += 1;
      out.sent += next.value.length;
      if (out.sent % PROGRESS_EVERY < next.value.length) parentPort!.postMessage({ progress: out.sent });
      if (status !== 200) {
        out.failedRequests += 1;
        out.firstFailure ??= `${status} ${text.slice(0, 200)}`;
        continue;
      }
      const answer = JSON.parse(text) as IngestAnswer;
      out.accepted += answer.accepted;
      out.duplicates += answer.duplicates;
      out.rejected += answer.rejected;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: input.senders }, sender));
  out.ms = performance.now() - started;
  latencies.sort((a, b) => a - b);
  out.requestP50Ms = latencies[Math.floor(latencies.length * 0.5)] ?? NaN;
  out.requestP95Ms = latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] ?? NaN;
  agent.destroy();
  return out;
}

void run().then((result) => parentPort!.postMessage({ result }));
