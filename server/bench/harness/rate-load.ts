import { Agent, request } from 'node:http';
import { latencyPercentiles, type LoadOptions, requestPaths, type TimedLoadResult } from './http-load.js';

export interface RateLoadOptions extends LoadOptions {
  /** Requests offered per second, whatever the server's answers take (open loop). */
  requestsPerSecond: number;
}

/** How often the scheduler wakes to send the requests that have fallen due. */
const TICK_MS = 1;

/**
 * Open-loop load: requests fall due at a fixed rate and go out over at most `connections` keep-alive connections; a
 * request due while all connections are busy waits for one. Each latency counts from when the request fell due, not
 * from when a connection was free, so a slow server shows in the figures instead of slowing the load down (no
 * coordinated omission). `requestsPerSecond` in the result is what was answered, which falls short of the offered
 * rate when the server cannot keep up.
 */
export function runRateLoad(options: RateLoadOptions): Promise<TimedLoadResult> {
  const base = new URL(options.url);
  const paths = requestPaths(options);
  // FIFO: requests rotate over all the connections, as the closed loop's do. The default (LIFO) reuses the last freed
  // ones, so when the server keeps up some connections idle past its keep-alive timeout and are closed under a request.
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections, scheduling: 'fifo' });
  const durationMs = options.durationSeconds * 1000;
  const interval = 1000 / options.requestsPerSecond;
  const times: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let sent = 0;
  let inFlight = 0;
  let sending = true;
  let lastAnswer = 0;
  const start = performance.now();

  return new Promise((resolve) => {
    const finish = () => {
      agent.destroy();
      resolve({
        requestsPerSecond: times.length / ((lastAnswer - start) / 1000),
        ...latencyPercentiles(times),
        errors,
        non2xx,
      });
    };
    const answered = (due: number, ok: boolean) => {
      inFlight--;
      lastAnswer = performance.now();
      if (ok) times.push(lastAnswer - due);
      if (!sending && inFlight === 0) finish();
    };
    const send = (path: string, due: number) => {
      inFlight++;
      const req = request({ agent, host: base.hostname, port: base.port, path, headers: options.headers }, (res) => {
        if (res.statusCode === undefined || res.statusCode < 200 || res.statusCode > 299) non2xx++;
        res.resume();
        res.once('end', () => answered(due, true));
      });
      req.once('error', () => {
        errors++;
        answered(due, false);
      });
      req.end();
    };
    const tick = () => {
      const elapsed = Math.min(performance.now() - start, durationMs);
      for (; sent * interval < elapsed; sent++) send(paths[sent % paths.length]!, start + sent * interval);
      if (elapsed < durationMs) return void setTimeout(tick, TICK_MS);
      sending = false;
      if (inFlight === 0) finish();
    };
    tick();
  });
}
