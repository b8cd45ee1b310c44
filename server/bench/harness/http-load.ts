import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { percentile } from './stats.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  /** autocannon's histogram reports p90 and p97.5, not p95: p97.5 is the (stricter) figure held against p95 targets. */
  p97_5: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  /** Different request paths per request, cycled (e.g. one profile per client). */
  paths?: string[];
}

/** The request paths a load cycles through: the given ones, else the URL's own path and query. */
export function requestPaths(options: LoadOptions): string[] {
  const base = new URL(options.url);
  return options.paths?.length ? options.paths : [`${base.pathname}${base.search}`];
}

/** p50, p95 and p99 (nearest-rank, ms) of every response time kept; sorts `times` in place. */
export function latencyPercentiles(times: number[]): Pick<TimedLoadResult, 'p50' | 'p95' | 'p99'> {
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

/**
 * autocannon against a URL; latency percentiles in ms. The load runs in a worker thread so it does not share the
 * event loop of a server started in this process (it still shares the machine's cores, which the docs state).
 * With `paths`, every connection walks the list in order.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: new URL(options.url).origin,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers,
    workers: 1,
    requests: requestPaths(options).map((path) => ({ method: 'GET', path })),
  });
  const latency = result.latency as unknown as Record<string, number>;
  return {
    requestsPerSecond: result.requests.average,
    p50: latency.p50 ?? NaN,
    p97_5: latency.p97_5 ?? NaN,
    p99: latency.p99 ?? NaN,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** A bare Node HTTP server answering every request with `body`: what serving those bytes costs without the app. */
export async function startBareServer(body: string, contentType = 'application/json; charset=utf-8'): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * The ceiling for request paths: a bare Node HTTP server answering the same JSON body, measured in
 * the same run with the same load — what the framework, database and logic cost is the gap to it.
 */
export async function bareServerCeiling(body: string, connections: number, durationSeconds: number): Promise<LoadResult> {
  const bare = await startBareServer(body);
  try {
    return await runLoad({ url: bare.url, connections, durationSeconds });
  } finally {
    await bare.close();
  }
}

/** Sequential fetches of a bare server answering `body` (for benches that time one request after another). */
export async function sequentialBareCeiling(body: string, requests: number, warmUp = 10): Promise<{ p50: number; p95: number }> {
  const bare = await startBareServer(body);
  try {
    const times: number[] = [];
    for (let i = 0; i < warmUp + requests; i++) {
      const started = performance.now();
      await (await fetch(bare.url)).arrayBuffer();
      if (i >= warmUp) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await bare.close();
  }
}

export interface TimedLoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/**
 * autocannon in this thread against a server in another process, with every response's time kept: exact
 * percentiles, p95 included (autocannon's own histogram reports p90 and p97.5).
 */
export function runTimedLoad(options: LoadOptions): Promise<TimedLoadResult> {
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const requests = requestPaths(options).map((path) => ({ method: 'GET', path }));
    const instance = autocannon(
      { url: new URL(options.url).origin, connections: options.connections, duration: options.durationSeconds, headers: options.headers, requests },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.average,
          ...latencyPercentiles(times),
          errors: result.errors,
          non2xx: result.non2xx,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
}

/** startBareServer in a process of its own (the ceiling for runTimedLoad, whose load runs in this thread). */
export async function spawnBareServer(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const script = new URL('./bare-server.process.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [script], { env: { BARE_BODY: body }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill()))),
  };
}
