import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningApp } from '../../../app.factory.js';
import { BeaconService } from '../../tracking/beacon/beacon.service.js';
import { percentile } from '../../tracking/bench/percentile.js';
import { seedTrackedLinks } from '../../tracking/bench/tracked-links.seed.js';

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

const WECHAT_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44';
/** Landing pages allow 30 beacons per viewer a minute; spread the load so no beacon is refused. */
const BEACONS_PER_VIEWER = 25;
const VISIBLE_MS = 1000;
const TICK_MS = 10;

interface Pending {
  sentAt: number;
  expectedDwellMs: number;
}

/**
 * Feed latency under load (target: p95 ≤ 1 s at 2,000 events/s): landing-page heartbeats for many
 * clients' reading sessions go through the real HTTP beacon endpoint; the advisor holds the real SSE
 * stream; an event counts as visible when a pushed feed item for its session shows a dwell that includes
 * it. Latency = push received − beacon sent.
 */
export async function benchFeedLatency(options: FeedLatencyBenchOptions): Promise<FeedLatencyBenchResult> {
  const eventsPerSecond = options.eventsPerSecond ?? 2000;
  const seconds = options.seconds ?? 10;
  const viewers = Math.max(200, Math.ceil((eventsPerSecond * seconds) / BEACONS_PER_VIEWER));
  const base = await baseUrl(options.running);
  const seed = await seedTrackedLinks(options.running, viewers);
  // Many phones, many connections: the client side must not be what queues the events.
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  // Unique per run: the beacon rate limit is per viewer id.
  const run = Date.now().toString(36);
  const viewerIds = seed.tokens.map((_, i) => `b${run}v${String(i).padStart(10, '0')}`);
  const beats = new Map<string, { count: number; pending: Pending[] }>(seed.tokens.map((token) => [token, { count: 0, pending: [] }]));
  let errors = 0;
  const errorStatuses: Record<string, number> = {};
  const beacons = options.running.app.get(BeaconService);
  const post = (token: string, viewerId: string, type: 'open' | 'heartbeat') =>
    new Promise<number>((resolve) => {
      const body = JSON.stringify({ viewerId, sessionId: 'bench1', type, scrollDepth: 50, visibleMs: type === 'open' ? 0 : VISIBLE_MS });
      if (options.via === 'in-process') {
        beacons.record(token, body, WECHAT_UA).then(
          (outcome) => resolve(outcome === 'recorded' ? 204 : 410),
          () => resolve(0),
        );
        return;
      }
      const req = request(`${base}/t/${token}/beacon`, { method: 'POST', agent, headers: { 'Content-Type': 'text/plain', 'User-Agent': WECHAT_UA } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end(body);
    });

  // Open every session first (not measured).
  for (let i = 0; i < seed.tokens.length; i += 100) {
    await Promise.all(seed.tokens.slice(i, i + 100).map((token, j) => post(token, viewerIds[i + j]!, 'open')));
  }

  const latencies: number[] = [];
  const stream = await openStream(base, seed.advisorSession, (item) => {
    const entry = typeof item.token === 'string' ? beats.get(item.token) : undefined;
    if (!entry || typeof item.dwellMs !== 'number') return;
    const now = Date.now();
    entry.pending = entry.pending.filter((p) => {
      if (p.expectedDwellMs > (item.dwellMs as number)) return true;
      latencies.push(now - p.sentAt);
      return false;
    });
  });

  let sent = 0;
  const started = Date.now();
  const inFlight = new Set<Promise<void>>();
  while (Date.now() - started < seconds * 1000) {
    const due = Math.floor(((Date.now() - started) / 1000) * eventsPerSecond) - sent;
    for (let k = 0; k < due; k++) {
      const index = sent % seed.tokens.length;
      const token = seed.tokens[index]!;
      const entry = beats.get(token)!;
      entry.count += 1;
      entry.pending.push({ sentAt: Date.now(), expectedDwellMs: entry.count * VISIBLE_MS });
      sent += 1;
      const p = post(token, viewerIds[index]!, 'heartbeat').then((status) => {
        if (status !== 204) {
          errors += 1;
          errorStatuses[status] = (errorStatuses[status] ?? 0) + 1;
        }
        inFlight.delete(p);
      });
      inFlight.add(p);
    }
    await new Promise((r) => setTimeout(r, TICK_MS));
  }
  const elapsed = (Date.now() - started) / 1000;
  await Promise.all(inFlight);
  const waitUntil = Date.now() + 5000;
  while (Date.now() < waitUntil && [...beats.values()].some((b) => b.pending.length > 0)) await new Promise((r) => setTimeout(r, 50));
  stream.close();
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    events: sent,
    achievedEventsPerSecond: Math.round(sent / elapsed),
    delivered: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    errors,
    errorStatuses,
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
