import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';

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

/**
 * autocannon against a URL; latency percentiles in ms. The load runs in a worker thread so it does not share the
 * event loop of a server started in this process (it still shares the machine's cores, which the docs state).
 * With `paths`, every connection walks the list in order.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const base = new URL(options.url);
  const paths = options.paths?.length ? options.paths : [`${base.pathname}${base.search}`];
  const result = await autocannon({
    url: base.origin,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers,
    workers: 1,
    requests: paths.map((path) => ({ method: 'GET', path })),
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

/**
 * The ceiling for request paths: a bare Node HTTP server answering the same JSON body, measured in
 * the same run with the same load — what the framework, database and logic cost is the gap to it.
 */
export async function bareServerCeiling(body: string, connections: number, durationSeconds: number): Promise<LoadResult> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await runLoad({ url: `http://127.0.0.1:${port}/`, connections, durationSeconds });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
