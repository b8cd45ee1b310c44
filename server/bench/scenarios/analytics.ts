import { benchAnalytics } from '../../src/modules/analytics/bench/bench-analytics.js';
import { addDays, dayKeyOf } from '../../src/modules/analytics/metrics/days.js';
import { type BenchApp, startBenchApp, withBenchDatabase } from '../harness/bench-app.js';
import { sequentialBareCeiling } from '../harness/http-load.js';
import type { Scenario } from '../harness/types.js';

const ADVISORS = 500;
const DAYS = 90;

/**
 * The analytics hook: HQ's advisor table over 500 advisors × 90 days of rollups, requests one after another
 * (target p95 ≤ 300 ms). Ceiling: a bare Node server answering the same body, timed by the same sequential client.
 */
export const analyticsScenario: Scenario = {
  name: 'analytics',
  usesDatabase: true,
  async run(options, database) {
    const requests = options.quick ? 40 : 200;
    return withBenchDatabase(database as 'sqlite' | 'mysql', options, async (db) => {
      const app = await startBenchApp(db, { workers: false });
      try {
        const result = await benchAnalytics({ dataSource: app.running.dataSource, baseUrl: app.baseUrl, advisors: ADVISORS, days: DAYS, requests });
        const body = await sampleBody(app);
        const bare = await sequentialBareCeiling(body, requests);
        const totalsMatch = result.expectedSendsTotal === result.answeredSendsTotal;
        return [
          {
            scenario: 'analytics',
            metric: 'advisor table p95',
            value: result.p95Ms,
            unit: 'ms',
            target: '≤ 300 ms',
            ceiling: { label: 'bare node', value: bare.p95 },
            ratio: bare.p95 / result.p95Ms,
            scale: `${ADVISORS} advisors × ${DAYS} days (${result.statRows.toLocaleString('en')} stat + ${result.reachRows.toLocaleString('en')} reach rows), ${requests} sequential requests`,
            database: db.kind,
            notes:
              `p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, one branch p95 ${result.branchP95Ms} ms; ` +
              `totals ${totalsMatch ? 'match' : `DIFFER (${result.answeredSendsTotal} vs ${result.expectedSendsTotal})`} the seeded rows; seeded in ${(result.seedMs / 1000).toFixed(1)} s`,
          },
        ];
      } finally {
        await app.close();
      }
    });
  },
};

/** The real answer of the page the bench timed, fetched as an HQ user, for the ceiling's body size. */
async function sampleBody(app: BenchApp): Promise<string> {
  const [hq] = await app.running.dataSource.query<{ id: number | string }[]>("SELECT id FROM staff WHERE role = 'hq' ORDER BY id DESC LIMIT 1");
  const token = await app.sessionFor(Number(hq!.id), 'admin');
  const lastDay = dayKeyOf(new Date());
  const res = await fetch(`${app.baseUrl}/api/analytics/advisors?from=${addDays(lastDay, 1 - DAYS)}&to=${lastDay}&pageSize=50`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`analytics answered ${res.status}`);
  return res.text();
}
