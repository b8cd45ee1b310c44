import { PortraitRecomputeService } from '../../src/modules/portrait/recompute/portrait-recompute.service.js';
import { startBenchApp } from '../harness/bench-app.js';
import { startApiServer } from '../harness/api-server.js';
import { stealText, withSteal } from '../harness/cpu-steal.js';
import { runTimedLoad, spawnBareServer, type TimedLoadResult } from '../harness/http-load.js';
import { runRateLoad } from '../harness/rate-load.js';
import { type PortraitWorld, portraitWorld } from '../harness/portrait-world.js';
import type { Scenario, ScenarioResult } from '../harness/types.js';

const CONNECTIONS = 50;
/** The throughput target, offered at a fixed rate for the latency under that load. */
const TARGET_RATE = 1000;
/** One process, and one per core of this 2-core machine (API_PROCESSES=auto). */
const API_PROCESSES = [1, 2];

/**
 * Issue 3: GET /api/sidebar/profile (the sidebar's one request: header, portrait, tags, recommendations) for every
 * client of the advisor with the largest book, as that advisor, 50 concurrent connections (targets p95 ≤ 30 ms,
 * ≥ 1,000 req/s), against the server started as an API replica is deployed (`node main.js`, WORKER_MODE=api) with one
 * process and with one per core. Two loads on the same 50 connections: saturated (closed loop, each connection sends
 * again as soon as it is answered: the throughput, and latency that is 50 / throughput by construction) and the
 * target's 1,000 req/s offered at a fixed rate (open loop: the latency a server carrying that load gives). Every
 * response is timed, so p95 is exact. Ceiling: a bare Node HTTP server (in a process of its own too) answering a body
 * of the same size under the same loads.
 */
export const profileScenario: Scenario = {
  name: 'profile',
  usesDatabase: true,
  async run(options, database) {
    const world = await portraitWorld(database as 'sqlite' | 'mysql', options);
    const seconds = options.quick ? 3 : 20;
    /** Saturated (closed loop: as fast as the server answers) and at the target rate (open loop), same connections. */
    const measure = async (baseUrl: string, headers: Record<string, string>, paths: string[]) => {
      const load = { url: baseUrl, connections: CONNECTIONS, headers, paths, durationSeconds: seconds };
      return {
        saturated: await withSteal(() => runTimedLoad(load)),
        atRate: await withSteal(() => runRateLoad({ ...load, requestsPerSecond: TARGET_RATE })),
      };
    };
    const setup = await profileSetup(world);
    const body = await medianBody(setup.baseUrl, setup.paths.slice(0, 25), setup.headers);
    await setup.close();

    const bare = await spawnBareServer(body);
    const ceiling = await measure(bare.url, {}, []).finally(() => bare.close());
    const rows: ScenarioResult[] = [];
    for (const processes of API_PROCESSES) {
      const server = await startApiServer(world.db, processes);
      try {
        await runTimedLoad({ url: server.baseUrl, connections: CONNECTIONS, headers: setup.headers, paths: setup.paths, durationSeconds: options.quick ? 1 : 3 }); // warm-up
        const measured = await measure(server.baseUrl, setup.headers, setup.paths);
        const scale = `${setup.paths.length} clients of one advisor (${world.scale.clients.toLocaleString('en')} in the book${world.analyzed ? ', ANALYZE' : ''}), ${CONNECTIONS} connections, ${seconds} s, API_PROCESSES=${processes}`;
        const row = (metric: string, value: number, unit: string, bareValue: number, higherIsBetter: boolean, target?: string): ScenarioResult => ({
          scenario: 'profile',
          metric: `${metric} (${processes} process${processes > 1 ? 'es' : ''})`,
          value,
          unit,
          target,
          ceiling: { label: 'bare node', value: bareValue },
          ratio: higherIsBetter ? value / bareValue : bareValue / value,
          scale,
          database: world.db.kind,
        });
        const latencyRows = (load: 'saturated' | 'atRate', label: string): ScenarioResult[] => [
          row(`p50${label}`, measured[load].p50, 'ms', ceiling[load].p50, false),
          row(`p95${label}`, measured[load].p95, 'ms', ceiling[load].p95, false, 'p95 ≤ 30 ms'),
          row(`p99${label}`, measured[load].p99, 'ms', ceiling[load].p99, false),
        ];
        const answers = (load: TimedLoadResult & { stealPercent: number | null }) => `${load.errors} errors, ${load.non2xx} non-2xx; ${stealText(load.stealPercent)}`;
        rows.push(
          ...latencyRows('saturated', ''),
          {
            ...row('throughput', measured.saturated.requestsPerSecond, 'req/s', ceiling.saturated.requestsPerSecond, true, '≥ 1,000 req/s'),
            notes: `closed loop (every connection always busy); body ${(Buffer.byteLength(body) / 1024).toFixed(1)} KB uncompressed; ${answers(measured.saturated)}`,
          },
          ...latencyRows('atRate', ` at ${TARGET_RATE.toLocaleString('en')} req/s`).map((r) => ({
            ...r,
            notes: `open loop: ${TARGET_RATE.toLocaleString('en')} req/s offered, ${Math.round(measured.atRate.requestsPerSecond).toLocaleString('en')} answered; latency from when each request fell due; ${answers(measured.atRate)}`,
          })),
        );
      } finally {
        await server.close();
      }
    }
    return rows;
  },
};

/** Portraits computed, the advisor with the largest book, its clients' profile paths and a session (in the database, so any server process honours it). */
async function profileSetup(world: PortraitWorld) {
  const app = await startBenchApp(world.db, { migrated: true, workers: false });
  const ds = app.running.dataSource;
  if (!world.portraitsComputed) {
    await app.running.app.get(PortraitRecomputeService).recomputeAll({ jobId: 'bench-profile', attempt: 1 });
    world.portraitsComputed = true;
  }
  const [advisor] = await ds.query<{ staff_id: number | string; n: number | string }[]>(
    "SELECT staff_id, COUNT(*) AS n FROM client_follows WHERE state = 'active' GROUP BY staff_id ORDER BY n DESC LIMIT 1",
  );
  if (!advisor) throw new Error('no advisor with clients');
  const clients = await ds.query<{ external_userid: string }[]>(
    "SELECT c.external_userid FROM client_follows f JOIN clients c ON c.id = f.client_id WHERE f.staff_id = ? AND f.state = 'active' ORDER BY c.id",
    [advisor.staff_id],
  );
  const token = await app.sessionFor(Number(advisor.staff_id), 'sidebar');
  return {
    baseUrl: app.baseUrl,
    headers: { authorization: `Bearer ${token}` },
    paths: clients.map((c) => `/api/sidebar/profile?externalUserId=${encodeURIComponent(c.external_userid)}`),
    close: () => app.close(),
  };
}

/** The median-sized answer among a few clients (the ceiling serves a body of that size). */
async function medianBody(baseUrl: string, paths: string[], headers: Record<string, string>): Promise<string> {
  const bodies: string[] = [];
  for (const path of paths) {
    const res = await fetch(`${baseUrl}${path}`, { headers });
    if (res.status !== 200) throw new Error(`profile answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
    bodies.push(await res.text());
  }
  bodies.sort((a, b) => a.length - b.length);
  return bodies[Math.floor(bodies.length / 2)]!;
}
