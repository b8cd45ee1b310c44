import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runRateLoad } from './rate-load.js';

/** A server that answers every request after `delayMs`, counting what it served and how many at once. */
async function slowServer(delayMs: number) {
  const seen = { requests: 0, open: 0, mostOpen: 0, paths: new Set<string>() };
  const server: Server = createServer((req, res) => {
    seen.requests++;
    seen.paths.add(req.url ?? '');
    seen.mostOpen = Math.max(seen.mostOpen, ++seen.open);
    setTimeout(() => {
      seen.open--;
      res.end('ok');
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Runs `test` against a slow server and closes it whatever the outcome. */
async function withSlowServer(delayMs: number, test: (server: Awaited<ReturnType<typeof slowServer>>) => Promise<void>): Promise<void> {
  const server = await slowServer(delayMs);
  try {
    await test(server);
  } finally {
    await server.close();
  }
}

describe('runRateLoad (open loop)', () => {
  it('offers the rate it is given over the paths in turn and times answers from when they fell due', () =>
    withSlowServer(5, async (server) => {
      const result = await runRateLoad({ url: server.url, connections: 10, durationSeconds: 1, requestsPerSecond: 200, paths: ['/a', '/b'] });
      expect(server.seen.requests).toBe(200);
      expect([...server.seen.paths].sort()).toEqual(['/a', '/b']);
      expect(result.errors).toBe(0);
      expect(result.non2xx).toBe(0);
      expect(result.p50).toBeGreaterThanOrEqual(5);
      expect(result.p50).toBeLessThan(100);
      expect(result.requestsPerSecond).toBeGreaterThan(150);
    }));

  it('keeps offering while the server falls behind, so the wait for a connection shows in the latency', () =>
    // One connection and 50 ms per answer serve 20 req/s; 100 req/s for 0.5 s queue 50 requests behind each other.
    withSlowServer(50, async (server) => {
      const result = await runRateLoad({ url: server.url, connections: 1, durationSeconds: 0.5, requestsPerSecond: 100 });
      expect(server.seen.requests).toBe(50);
      expect(server.seen.mostOpen).toBe(1);
      // A closed loop would report ~50 ms for every request; the last ones here waited about two seconds.
      expect(result.p50).toBeGreaterThan(800);
      expect(result.p99).toBeGreaterThan(1500);
      expect(result.requestsPerSecond).toBeLessThan(25);
    }));

  it('counts answers other than 2xx and failed connections', async () => {
    const refused = await runRateLoad({ url: 'http://127.0.0.1:9/', connections: 2, durationSeconds: 0.2, requestsPerSecond: 50 });
    expect(refused.errors).toBe(10);
    const notFound = createServer((_req, res) => res.writeHead(404).end());
    await new Promise<void>((resolve) => notFound.listen(0, '127.0.0.1', resolve));
    try {
      const result = await runRateLoad({ url: `http://127.0.0.1:${(notFound.address() as AddressInfo).port}/`, connections: 2, durationSeconds: 0.2, requestsPerSecond: 50 });
      expect(result.non2xx).toBe(10);
      expect(result.errors).toBe(0);
    } finally {
      await new Promise((resolve) => notFound.close(resolve));
    }
  });
});
