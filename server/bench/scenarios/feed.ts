import { benchFeedLatency, type FeedLatencyBenchResult } from '../../src/modules/feed/bench/feed-latency.bench.js';
import { startBenchApp, withBenchDatabase } from '../harness/bench-app.js';
import type { BenchOptions, Scenario, ScenarioResult } from '../harness/types.js';

const EVENTS_PER_SECOND = 2000;

/**
 * The feed's hook: landing-page heartbeats at 2,000 events/s through the real beacon endpoint, the advisor on the
 * real SSE stream; latency = push received − beacon sent (target p95 ≤ 1 s). Ceiling: the same pipeline fed
 * in-process (no HTTP ingress), in the same run on the same server.
 */
export const feedScenario: Scenario = {
  name: 'feed',
  usesDatabase: true,
  async run(options, database) {
    const seconds = options.quick ? 3 : 20;
    const http = await measure(options, database as 'sqlite' | 'mysql', seconds, 'http');
    const inProcess = await measure(options, database as 'sqlite' | 'mysql', seconds, 'in-process');
    const scale = `${EVENTS_PER_SECOND} events/s for ${seconds} s (achieved ${http.achievedEventsPerSecond}/s)`;
    const base = { scenario: 'feed', scale, database: database as 'sqlite' | 'mysql' };
    const rows: ScenarioResult[] = [
      { ...base, metric: 'latency p50', value: http.p50Ms, unit: 'ms', ceiling: { label: 'in-process', value: inProcess.p50Ms }, ratio: inProcess.p50Ms / http.p50Ms },
      { ...base, metric: 'latency p95', value: http.p95Ms, unit: 'ms', target: '≤ 1000 ms', ceiling: { label: 'in-process', value: inProcess.p95Ms }, ratio: inProcess.p95Ms / http.p95Ms },
    ];
    rows[1]!.notes =
      `${http.delivered}/${http.events} delivered, ${http.errors} beacon errors${http.errors ? ` ${JSON.stringify(http.errorStatuses)}` : ''}, max ${http.maxMs} ms; ` +
      `in-process: ${inProcess.delivered}/${inProcess.events} delivered, p99 ${inProcess.p99Ms} ms`;
    return rows;
  },
};

function measure(options: BenchOptions, kind: 'sqlite' | 'mysql', seconds: number, via: 'http' | 'in-process'): Promise<FeedLatencyBenchResult> {
  return withBenchDatabase(kind, options, async (db) => {
    const app = await startBenchApp(db, { workers: true });
    try {
      return await benchFeedLatency({ running: app.running, eventsPerSecond: EVENTS_PER_SECOND, seconds, via });
    } finally {
      await app.close();
    }
  });
}
