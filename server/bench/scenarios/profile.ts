import { PortraitRecomputeService } from '../../src/modules/portrait/recompute/portrait-recompute.service.js';
import { startBenchApp } from '../harness/bench-app.js';
import { bareServerCeiling, runLoad } from '../harness/http-load.js';
import { portraitWorld } from '../harness/portrait-world.js';
import type { Scenario, ScenarioResult } from '../harness/types.js';

const CONNECTIONS = 50;

/**
 * Issue 3: GET /api/sidebar/profile (the sidebar's one request: header, portrait, tags, recommendations) for every
 * client of the advisor with the largest book, as that advisor, 50 concurrent connections (targets p95 ≤ 30 ms,
 * ≥ 1,000 req/s). Ceiling: a bare Node HTTP server answering a body of the same size under the same load.
 */
export const profileScenario: Scenario = {
  name: 'profile',
  usesDatabase: true,
  async run(options, database) {
    const world = await portraitWorld(database as 'sqlite' | 'mysql', options);
    const seconds = options.quick ? 3 : 20;
    const app = await startBenchApp(world.db, { migrated: true, workers: false });
    try {
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
      const headers = { authorization: `Bearer ${token}` };
      const paths = clients.map((c) => `/api/sidebar/profile?externalUserId=${encodeURIComponent(c.external_userid)}`);
      const body = await medianBody(app.baseUrl, paths.slice(0, 25), headers);

      await runLoad({ url: app.baseUrl, connections: CONNECTIONS, durationSeconds: options.quick ? 1 : 3, headers, paths }); // warm-up
      const load = await runLoad({ url: app.baseUrl, connections: CONNECTIONS, durationSeconds: seconds, headers, paths });
      const bare = await bareServerCeiling(body, CONNECTIONS, seconds);
      const scale = `${paths.length} clients of one advisor (${world.scale.clients.toLocaleString('en')} in the book${world.analyzed ? ', ANALYZE' : ''}), ${CONNECTIONS} connections, ${seconds} s`;
      const row = (metric: string, value: number, unit: string, ceiling: number, higherIsBetter: boolean, target?: string): ScenarioResult => ({
        scenario: 'profile',
        metric,
        value,
        unit,
        target,
        ceiling: { label: 'bare node', value: ceiling },
        ratio: higherIsBetter ? value / ceiling : ceiling / value,
        scale,
        database: world.db.kind,
      });
      const rows = [
        row('p50', load.p50, 'ms', bare.p50, false),
        row('p97.5', load.p97_5, 'ms', bare.p97_5, false, 'p95 ≤ 30 ms'),
        row('p99', load.p99, 'ms', bare.p99, false),
        row('throughput', load.requestsPerSecond, 'req/s', bare.requestsPerSecond, true, '≥ 1,000 req/s'),
      ];
      rows[3]!.notes = `body ${(Buffer.byteLength(body) / 1024).toFixed(1)} KB uncompressed; ${load.errors} errors, ${load.non2xx} non-2xx`;
      return rows;
    } finally {
      await app.close();
    }
  },
};

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
