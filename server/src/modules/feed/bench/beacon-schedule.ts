import { Agent, request } from 'node:http';

export const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44';
/** Each heartbeat reports this much visible time, so the n-th beat of a session makes its dwell n × VISIBLE_MS. */
export const VISIBLE_MS = 1000;
const TICK_MS = 10;

export type BeaconType = 'open' | 'heartbeat';

export interface ScheduleOutcome {
  sent: number;
  elapsedMs: number;
  errors: number;
  /** Failed beacons by HTTP status (0 = connection error). */
  errorStatuses: Record<string, number>;
}

export function beaconBody(viewerId: string, type: BeaconType): string {
  return JSON.stringify({ viewerId, sessionId: 'bench1', type, scrollDepth: 50, visibleMs: type === 'open' ? 0 : VISIBLE_MS });
}

/** POSTs beacons to a landing page's endpoint as phones do (text/plain, WeChat's user agent). */
export function httpBeaconPoster(base: string): { post: (token: string, viewerId: string, type: BeaconType) => Promise<number>; close: () => void } {
  // Many phones, many connections: the client side must not be what queues the events.
  const agent = new Agent({ keepAlive: true, maxSockets: 1024 });
  return {
    post: (token, viewerId, type) =>
      new Promise<number>((resolve) => {
        const req = request(`${base}/t/${token}/beacon`, { method: 'POST', agent, headers: { 'Content-Type': 'text/plain', 'User-Agent': WECHAT_UA } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', () => resolve(0));
        req.end(beaconBody(viewerId, type));
      }),
    close: () => agent.destroy(),
  };
}

/**
 * Heartbeats round-robin over `sessions` at a steady `eventsPerSecond` for `seconds`; `onSent(index, sentAt)` is told
 * about each one before it leaves, so a push for it can never be seen first.
 */
export async function runHeartbeats(
  sessions: number,
  eventsPerSecond: number,
  seconds: number,
  send: (index: number) => Promise<number>,
  onSent: (index: number, sentAt: number) => void,
): Promise<ScheduleOutcome> {
  let sent = 0;
  let errors = 0;
  const errorStatuses: Record<string, number> = {};
  const inFlight = new Set<Promise<void>>();
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    const due = Math.floor(((Date.now() - started) / 1000) * eventsPerSecond) - sent;
    for (let k = 0; k < due; k++) {
      const index = sent % sessions;
      onSent(index, Date.now());
      sent += 1;
      const p = send(index).then((status) => {
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
  const elapsedMs = Date.now() - started;
  await Promise.all(inFlight);
  return { sent, elapsedMs, errors, errorStatuses };
}
