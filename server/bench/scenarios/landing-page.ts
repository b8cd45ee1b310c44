import { benchLandingPage } from '../../src/modules/tracking/bench/landing-page.bench.js';
import { seedTrackedLinks } from '../../src/modules/tracking/bench/tracked-links.seed.js';
import { startBenchApp, withBenchDatabase } from '../harness/bench-app.js';
import { startBareServer } from '../harness/http-load.js';
import type { Scenario } from '../harness/types.js';

const CONNECTIONS = 50;
const WECHAT_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44';

/**
 * The tracking hook: a sent product article's landing page as WeChat's browser requests it, 50 keep-alive
 * connections (targets TTFB p95 ≤ 50 ms, page ≤ 50 KB). Ceiling: a bare Node server answering the same
 * HTML, timed by the same client (which runs in the server's process: the hook's design).
 */
export const landingPageScenario: Scenario = {
  name: 'landing-page',
  usesDatabase: true,
  async run(options, database) {
    const seconds = options.quick ? 3 : 20;
    return withBenchDatabase(database as 'sqlite' | 'mysql', options, async (db) => {
      const app = await startBenchApp(db, { workers: true });
      try {
        const seed = await seedTrackedLinks(app.running, 1);
        const url = `${app.baseUrl}/t/${seed.tokens[0]}`;
        const html = await (await fetch(url, { headers: { 'user-agent': WECHAT_UA } })).text();
        const result = await benchLandingPage({ url, connections: CONNECTIONS, durationSeconds: seconds });
        const server = await startBareServer(html, 'text/html; charset=utf-8');
        const bare = await benchLandingPage({ url: server.url, connections: CONNECTIONS, durationSeconds: seconds }).finally(() => server.close());
        const scale = `1 article page, ${CONNECTIONS} connections, ${seconds} s`;
        return [
          {
            scenario: 'landing-page',
            metric: 'TTFB p95',
            value: result.ttfbP95Ms,
            unit: 'ms',
            target: '≤ 50 ms',
            ceiling: { label: 'bare node', value: bare.ttfbP95Ms },
            ratio: bare.ttfbP95Ms / result.ttfbP95Ms,
            scale,
            database: db.kind,
            notes: `${result.requests} requests (${Math.round(result.requests / seconds)}/s; bare node ${Math.round(bare.requests / seconds)}/s), ${result.errors} errors, p50 ${result.ttfbP50Ms.toFixed(1)} ms, p99 ${result.ttfbP99Ms.toFixed(1)} ms`,
          },
          {
            scenario: 'landing-page',
            metric: 'page weight (gzip)',
            value: result.pageBytesGzip / 1024,
            unit: 'KB',
            target: '≤ 50 KB',
            scale,
            database: db.kind,
            notes: `${(result.pageBytes / 1024).toFixed(1)} KB uncompressed HTML; images are separate requests`,
          },
        ];
      } finally {
        await app.close();
      }
    });
  },
};
