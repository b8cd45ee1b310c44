import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/app-config.js';
import { benchFeedLatency } from '../src/modules/feed/bench/feed-latency.bench.js';
import { benchLandingPage } from '../src/modules/tracking/bench/landing-page.bench.js';
import { seedTrackedLinks } from '../src/modules/tracking/bench/tracked-links.seed.js';
import { createTestDatabase } from './support/test-database.js';

const engine = (process.env.BENCH_ENGINE ?? 'sqlite') as 'sqlite' | 'mysql';

it('runs the feed and landing benches once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vl-bench-'));
  const db = engine === 'sqlite' ? { name: 'sqlite' as const, config: { type: 'sqlite' as const, sqlitePath: join(dir, 'bench.sqlite') }, drop: async () => undefined } : await createTestDatabase('mysql');
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'error', DATA_DIR: dir });
  config.database = db.config;
  const running = await createApp(config, { migrate: true, workers: true });
  await running.app.listen(0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address() as { port: number };
  const seeded = await seedTrackedLinks(running, 10);
  const health = await benchLandingPage({ url: `http://127.0.0.1:${port}/healthz`, connections: 50, durationSeconds: 5 });
  console.log(engine, 'healthz', JSON.stringify(health));
  const landing = await benchLandingPage({ url: `http://127.0.0.1:${port}/t/${seeded.tokens[0]}`, connections: 50, durationSeconds: 10 });
  console.log(engine, 'landing', JSON.stringify(landing));
  const feedDirect = await benchFeedLatency({ running, eventsPerSecond: Number(process.env.BENCH_EPS ?? 2000), seconds: 10, via: 'in-process' });
  console.log(engine, 'feed in-process', JSON.stringify(feedDirect));
  const feed = await benchFeedLatency({ running, eventsPerSecond: Number(process.env.BENCH_EPS ?? 2000), seconds: 10 });
  console.log(engine, 'feed http', JSON.stringify(feed));
  await running.close();
  await db.drop();
}, 300_000);
