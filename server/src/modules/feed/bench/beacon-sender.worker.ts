import { parentPort, workerData } from 'node:worker_threads';
import { httpBeaconPoster, runHeartbeats } from './beacon-schedule.js';

/**
 * The feed bench's phones, in their own thread: opening sessions and sending heartbeats over HTTP costs the server's
 * event loop nothing (it still shares the machine's cores). Reports each heartbeat's send time in small batches.
 */
export interface BeaconSenderInput {
  base: string;
  tokens: string[];
  viewerIds: string[];
  eventsPerSecond: number;
  seconds: number;
}

export type BeaconSenderMessage =
  | { type: 'opened' }
  | { type: 'sent'; records: [index: number, sentAt: number][] }
  | { type: 'done'; outcome: Awaited<ReturnType<typeof runHeartbeats>> };

const input = workerData as BeaconSenderInput;
const poster = httpBeaconPoster(input.base);
const REPORT_MS = 20;

async function openAll(): Promise<void> {
  for (let i = 0; i < input.tokens.length; i += 100) {
    await Promise.all(input.tokens.slice(i, i + 100).map((token, j) => poster.post(token, input.viewerIds[i + j]!, 'open')));
  }
}

async function heartbeats(): Promise<void> {
  let records: [number, number][] = [];
  const report = setInterval(() => {
    if (records.length === 0) return;
    parentPort?.postMessage({ type: 'sent', records } satisfies BeaconSenderMessage);
    records = [];
  }, REPORT_MS);
  const outcome = await runHeartbeats(
    input.tokens.length,
    input.eventsPerSecond,
    input.seconds,
    (index) => poster.post(input.tokens[index]!, input.viewerIds[index]!, 'heartbeat'),
    (index, sentAt) => records.push([index, sentAt]),
  );
  clearInterval(report);
  if (records.length > 0) parentPort?.postMessage({ type: 'sent', records } satisfies BeaconSenderMessage);
  parentPort?.postMessage({ type: 'done', outcome } satisfies BeaconSenderMessage);
  poster.close();
}

parentPort?.on('message', (command: 'open' | 'start') => {
  if (command === 'open') void openAll().then(() => parentPort?.postMessage({ type: 'opened' } satisfies BeaconSenderMessage));
  else void heartbeats();
});
