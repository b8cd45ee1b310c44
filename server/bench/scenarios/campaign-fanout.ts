import { benchCampaignFanout } from '../../src/modules/outreach/bench/campaign-fanout.bench.js';
import { startBenchApp, withBenchDatabase } from '../harness/bench-app.js';
import { timeIt } from '../harness/stats.js';
import type { Scenario } from '../harness/types.js';

const SIMULATOR_LATENCY_MS = 20;
/** The database job queue's default worker concurrency (common/queue/db-job-queue.ts). */
const QUEUE_CONCURRENCY = 4;

/**
 * Outreach's scale run (DESIGN §4 data flow 4), through its own hook: one campaign to every client, planned and
 * fanned out to the WeCom simulator with a fixed latency per qyapi call (targets at 100,000 clients / 500
 * advisors: plan + enqueue ≤ 10 s, fan-out ≤ 60 s). Ceilings: for planning, a server-side copy of the send rows
 * the plan wrote (the write volume alone); for fan-out, tasks × simulator latency ÷ queue concurrency.
 */
export const campaignFanoutScenario: Scenario = {
  name: 'campaign-fanout',
  usesDatabase: true,
  async run(options, database) {
    const clients = options.quick ? 5000 : options.clients;
    const advisors = options.quick ? 50 : 500;
    return withBenchDatabase(database as 'sqlite' | 'mysql', options, async (db) => {
      const app = await startBenchApp(db, { workers: true });
      try {
        const result = await benchCampaignFanout({ running: app.running, clients, advisors, simulatorLatencyMs: SIMULATOR_LATENCY_MS, timeoutMs: 900_000 });
        const copyMs = await copySendsMs(app.running.dataSource);
        const fanoutFloorMs = (result.tasks * SIMULATOR_LATENCY_MS) / QUEUE_CONCURRENCY;
        const scale = `${clients.toLocaleString('en')} clients, ${advisors} advisors, ${result.tasks} tasks, simulator ${SIMULATOR_LATENCY_MS} ms/call`;
        return [
          {
            scenario: 'campaign-fanout',
            metric: 'plan + enqueue',
            value: result.planMs / 1000,
            unit: 's',
            target: '≤ 10 s at 100,000',
            ceiling: { label: 'copy of send rows', value: copyMs / 1000 },
            ratio: copyMs / result.planMs,
            scale,
            database: db.kind,
          },
          {
            scenario: 'campaign-fanout',
            metric: 'fan-out',
            value: result.fanoutMs / 1000,
            unit: 's',
            target: '≤ 60 s at 100,000',
            ceiling: { label: `tasks×latency÷${QUEUE_CONCURRENCY}`, value: fanoutFloorMs / 1000 },
            ratio: fanoutFloorMs / result.fanoutMs,
            scale,
            database: db.kind,
          },
        ];
      } finally {
        await app.close();
      }
    });
  },
};

/** Writes a copy of every planned send row into a scratch table (no indexes) and drops it: the plan's write volume. */
async function copySendsMs(ds: import('typeorm').DataSource): Promise<number> {
  const { ms } = await timeIt(() => ds.query('CREATE TABLE bench_sends_copy AS SELECT * FROM sends'));
  await ds.query('DROP TABLE bench_sends_copy');
  return ms;
}
