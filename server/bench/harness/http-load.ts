import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
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

/** autocannon against a URL; latency percentiles in ms. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const base = new URL(options.url);
  let i = 0;
  const result = await autocannon({
    url: base.origin,
    connections: options.connections,
    duration: options.durationSeconds,
    headers: options.headers,
    requests: [
      {
        method: 'GET',
        setupRequest: (req: Record<string, unknown>) => {
          const path = options.paths?.length ? options.paths[i++ % options.paths.length]! : `${base.pathname}${base.search}`;
          return { ...req, path };
        },
      },
    ],
  });
  const latency = result.latency as unknown as Record<string, number>;
  return {
    requestsPerSecond: result.requests.average,
    p50: latency.p50 ?? NaN,
    p95: latency.p97_5 !== undefined && latency.p95 === undefined ? latency.p97_5 : (latency.p95 ?? NaN),
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
