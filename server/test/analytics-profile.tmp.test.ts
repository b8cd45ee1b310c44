import { benchAnalytics } from '../src/modules/analytics/bench/bench-analytics.js';
import { RollupReader } from '../src/modules/analytics/query/rollup-reader.js';
import { AdvisorAnalyticsService } from '../src/modules/analytics/query/advisor-analytics.service.js';
import { NOW } from './analytics-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const engine = (process.env.PROFILE_ENGINE ?? 'sqlite') as 'sqlite' | 'mysql';
describe('profile', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine, workers: false });
    t.clock.set(NOW);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });
  it('profiles', async () => {
    const address = t.running.app.getHttpServer().address() as { port: number };
    await benchAnalytics({ dataSource: t.dataSource, baseUrl: `http://127.0.0.1:${address.port}`, advisors: 500, days: 90, requests: 10, lastDay: '2026-11-20' });
    const time = async (label: string, fn: () => Promise<unknown>) => {
      const runs: number[] = [];
      for (let i = 0; i < 15; i++) { const s = performance.now(); await fn(); runs.push(performance.now() - s); }
      runs.sort((a, b) => a - b);
      process.stdout.write(`${label}: median ${runs[7]!.toFixed(1)} ms, max ${runs[14]!.toFixed(1)}\n`);
    };
    const staffIds = (await t.dataSource.query(`SELECT id FROM staff WHERE role = 'advisor'`)).map((r: { id: number }) => Number(r.id));
    const reader = t.running.app.get(RollupReader);
    const range = { from: '2026-08-23', to: '2026-11-20', snapshotDay: '2026-11-20' };
    await time('statsByStaff', () => reader.statsByStaff(staffIds, range));
    await time('stats sql', () => t.dataSource.query(`SELECT staff_id, SUM(sends_chat), SUM(sends_mass), SUM(open_views), SUM(dwell_b0), SUM(dwell_b1), SUM(dwell_b2), SUM(dwell_b3), SUM(dwell_b4), SUM(dwell_b5), SUM(dwell_b6), SUM(handle_b0),SUM(handle_b1),SUM(handle_b2),SUM(handle_b3),SUM(handle_b4),SUM(handle_b5), SUM(net_flow), SUM(conversions), SUM(alerts_created), SUM(alerts_handled), SUM(new_clients), SUM(lost_clients), SUM(tasks_assigned), SUM(tasks_confirmed), SUM(compliance_flags), SUM(sends_moments), SUM(sends_share), SUM(sends_group_mass), SUM(dwell_ms_sum), SUM(handle_ms_sum), SUM(CASE WHEN day = '2026-11-20' THEN clients_eod ELSE 0 END) FROM advisor_daily_stats WHERE day >= '2026-08-23' AND day <= '2026-11-20' GROUP BY staff_id`));
    await time('reach sql', () => t.dataSource.query(`SELECT staff_id, kind, SUM(clients) FROM advisor_daily_reach WHERE day >= '2026-08-23' AND day <= '2026-11-20' AND prev_day < '2026-08-23' GROUP BY staff_id, kind`));
    const actor = { staffId: 1, role: 'hq' as const, name: 'x', departmentId: null, wecomUserId: null };
    await time('service.list', () => t.running.app.get(AdvisorAnalyticsService).list(actor, { from: '2026-08-23', to: '2026-11-20', pageSize: 50 }));
  }, 600_000);
});
