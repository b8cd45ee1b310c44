import { benchAnalytics } from '../src/modules/analytics/bench/bench-analytics.js';
import { NOW } from './analytics-fixtures.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

/**
 * The analytics bench hook at a small scale (the full 500 advisors × 90 days runs with
 * ANALYTICS_BENCH_FULL=1 and prints its figures): seeded rollups must add up in the endpoint's totals.
 */
const FULL = process.env.ANALYTICS_BENCH_FULL === '1';

describe.each(TEST_ENGINES)('analytics bench hook on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ engine, workers: false });
    t.clock.set(NOW);
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  it('should seed advisors × days of rollups and time the ranking endpoint', async () => {
    const address = t.running.app.getHttpServer().address() as { port: number };
    const result = await benchAnalytics({
      dataSource: t.dataSource,
      baseUrl: `http://127.0.0.1:${address.port}`,
      advisors: FULL ? 500 : 40,
      days: FULL ? 90 : 20,
      requests: FULL ? 200 : 10,
      lastDay: '2026-11-20',
    });
    if (FULL) process.stdout.write(`analytics bench (${engine}): ${JSON.stringify(result)}\n`);
    expect(result.statRows).toBe(result.advisors * result.days);
    expect(result.answeredSendsTotal).toBe(result.expectedSendsTotal);
    expect(Number.isFinite(result.p95Ms)).toBe(true);
  }, 600_000);
});
