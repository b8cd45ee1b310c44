import { request } from 'node:http';
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import type { RunningApp } from '../../../app.factory.js';
import { BeaconService } from '../../tracking/beacon/beacon.service.js';
import { percentile } from '../../tracking/bench/percentile.js';
import { seedTrackedLinks } from '../../tracking/bench/tracked-links.seed.js';
import { beaconBody, runHeartbeats, type ScheduleOutcome, VISIBLE_MS, WECHAT_UA } from './beacon-schedule.js';
import type { BeaconSenderInput, BeaconSenderMessage } from './beacon-sender.worker.js';

export interface FeedLatencyBenchOptions {
  /** A running app with queue workers; it is made to listen on a random port if it does not yet. */
  running: RunningApp;
  eventsPerSecond?: number;
  seconds?: number;
  /**
   * 'http' (default) sends each heartbeat through the beacon endpoint, as phones do; 'in-process' hands it
   * straight to the beacon service, which isolates the feed pipeline (write, aggregation, SSE push) from
   * the HTTP ingress capacity of the machine running the bench.
   */
  via?: 'http' | 'in-process';
}

export interface FeedLatencyBenchResult {
  /** Landing-page heartbeats sent (each one changes a client's reading item). */
  events: number;
  achievedEventsPerSecond: number;
  /** Events whose effect reached the advisor's SSE stream. */
  delivered: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** Failed beacons by HTTP status (0 = connection error). */
  errorStatuses: Record<string, number>;
}

/** Landing pages allow 30 beacons per viewer a minute; spread the load so no beacon is refused. */
const BEACONS_PER_VIEWER = 25;

interface Session {
  beats: number;
  /** Heartbeats whose effect has not been seen yet: when sent, and the dwell that shows it. */
  pending: { sentAt: number; expectedDwellMs: number }[];
  /** The latest pushed dwell of the session and when it arrived. */
  seen: { dwellMs: number; at: number };
}

/**
 * Feed latency under load (target: p95 ≤ 1 s at 2,000 events/s): landing-page heartbeats for many clients'
 * reading sessions go through the real HTTP beacon endpoint, sent from a worker thread as phones would (or, in
 * process, straight to the beacon service); the advisor holds the real SSE stream; an event counts as visible when
 * a pushed feed item for its session shows a dwell that includes it. Latency = push received − beacon sent.
 */
export async function benchFeedLatency(options: FeedLatencyBenchOptions): Promise<FeedLatencyBenchResult> {
  const eventsPerSecond = options.eventsPerSecond ?? 2000;
  const seconds = options.seconds ?? 10;
  const viewers = Math.max(200, Math.ceil((eventsPerSecond * seconds) / BEACONS_PER_VIEWER));
  const base = await baseUrl(options.running);
  const seed = await seedTrackedLinks(options.running, viewers);
  // Unique per run: the beacon rate limit is per viewer id.
  const run = Date.now().toString(36);
  const viewerIds = seed.tokens.map((_, i) => `b${run}v${String(i).padStart(10, '0')}`);
  const sessions = new Map<string, Session>(seed.tokens.map((token) => [token, { beats: 0, pending: [], seen: { dwellMs: 0, at: 0 } }]));
  const latencies: number[] = [];

  const input: BeaconSenderInput = { base, tokens: seed.tokens, viewerIds, eventsPerSecond, seconds };
  const sender = options.via === 'in-process' ? inProcessSender(options.running, input) : workerSender(input);
  await sender.openAll();
  const stream = await openStream(base, seed.advisorSession, (item) => {
    const session = typeof item.token === 'string' ? sessions.get(item.token) : undefined;
    if (!session || typeof item.dwellMs !== 'number') return;
    const now = Date.now();
    session.seen = { dwellMs: Math.max(session.seen.dwellMs, item.dwellMs), at: now };
    session.pending = session.pending.filter((p) => {
      if (p.expectedDwellMs > (item.dwellMs as number)) return true;
      latencies.push(now - p.sentAt);
      return false;
    });
  });
  const outcome = await sender.heartbeats((index, sentAt) => {
    const session = sessions.get(seed.tokens[index]!)!;
    session.beats += 1;
    const expectedDwellMs = session.beats * VISIBLE_MS;
    // Reported from the sender thread a moment late: the push may already have shown this beat.
    if (session.seen.dwellMs >= expectedDwellMs) latencies.push(Math.max(0, session.seen.at - sentAt));
    else session.pending.push({ sentAt, expectedDwellMs });
  });
  const waitUntil = Date.now() + 5000;
  while (Date.now() < waitUntil && [...sessions.values()].some((b) => b.pending.length > 0)) await new Promise((r) => setTimeout(r, 50));
  stream.close();
  latencies.sort((a, b) => a - b);
  return {
    events: outcome.sent,
    achievedEventsPerSecond: Math.round(outcome.sent / (outcome.elapsedMs / 1000)),
    delivered: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    errors: outcome.errors,
    errorStatuses: outcome.errorStatuses,
  };
}

interface HeartbeatSender {
  openAll(): Promise<void>;
  heartbeats(onSent: (index: number, sentAt: number) => void): Promise<ScheduleOutcome>;
}

/** Beacons handed straight to the beacon service: the feed pipeline without HTTP ingress. */
function inProcessSender(running: RunningApp, input: BeaconSenderInput): HeartbeatSender {
  const beacons = running.app.get(BeaconService);
  const record = (index: number, type: 'open' | 'heartbeat') =>
    beacons.record(input.tokens[index]!, beaconBody(input.viewerIds[index]!, type), WECHAT_UA).then(
      (outcome) => (outcome === 'recorded' ? 204 : 410),
      () => 0,
    );
  return {
    async openAll() {
      for (let i = 0; i < input.tokens.length; i += 100) await Promise.all(input.tokens.slice(i, i + 100).map((_, j) => record(i + j, 'open')));
    },
    heartbeats: (onSent) => runHeartbeats(input.tokens.length, input.eventsPerSecond, input.seconds, (index) => record(index, 'heartbeat'), onSent),
  };
}

/** Beacons over HTTP from a worker thread (beacon-sender.worker.ts). */
function workerSender(input: BeaconSenderInput): HeartbeatSender {
  const worker = new Worker(new URL('./beacon-sender.worker.js', import.meta.url), { workerData: input });
  /** Sends `command` and hands every message to `onMessage` until it returns true. */
  const exchange = (command: 'open' | 'start', onMessage: (m: BeaconSenderMessage) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const listener = (m: BeaconSenderMessage) => {
        if (!onMessage(m)) return;
        worker.off('message', listener);
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', listener);
      worker.once('error', reject);
      worker.postMessage(command);
    });
  return {
    openAll: () => exchange('open', (m) => m.type === 'opened'),
    async heartbeats(onSent) {
      let outcome: ScheduleOutcome | null = null;
      await exchange('start', (m) => {
        if (m.type === 'sent') for (const [index, sentAt] of m.records) onSent(index, sentAt);
        if (m.type === 'done') outcome = m.outcome;
        return m.type === 'done';
      });
      await worker.terminate();
      return outcome!;
    },
  };
}

async function baseUrl(running: RunningApp): Promise<string> {
  const server = running.app.getHttpServer();
  if (!server.listening) await running.app.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

function openStream(base: string, session: string, onItem: (data: Record<string, unknown>) => void): Promise<{ close: () => void }> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/api/feed/stream`, { headers: { Authorization: `Bearer ${session}`, Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`feed stream answered ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!frame.startsWith('event: feed')) continue;
          const data = frame.split('\n').find((line) => line.startsWith('data: '));
          if (data) onItem((JSON.parse(data.slice(6)) as { data: Record<string, unknown> }).data);
        }
      });
      resolve({ close: () => req.destroy() });
    });
    req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
    req.end();
  });
}
