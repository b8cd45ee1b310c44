import { Agent, request } from 'node:http';
import { percentile } from './percentile.js';

export interface LandingPageBenchOptions {
  /** A landing page URL (e.g. from seedTrackedLinks + the app's address). */
  url: string;
  connections?: number;
  durationSeconds?: number;
}

export interface LandingPageBenchResult {
  requests: number;
  ttfbP50Ms: number;
  ttfbP95Ms: number;
  ttfbP99Ms: number;
  /** The HTML as served without compression (the material's own images are separate requests). */
  pageBytes: number;
  /** The same page gzip-compressed, as a phone usually receives it. */
  pageBytesGzip: number;
  errors: number;
}

const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/zh_CN';

/**
 * Landing page under load (targets: TTFB p95 ≤ 50 ms, page ≤ 50 KB): `connections` keep-alive clients
 * request the page as WeChat's browser does for `durationSeconds`; TTFB is the time until the response
 * headers arrive (the server sends headers and body together, so the first byte).
 */
export async function benchLandingPage(options: LandingPageBenchOptions): Promise<LandingPageBenchResult> {
  const connections = options.connections ?? 50;
  const deadline = Date.now() + (options.durationSeconds ?? 10) * 1000;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const samples: number[] = [];
  let errors = 0;
  const once = (encoding: string | null) =>
    new Promise<{ ttfb: number; bytes: number; status: number }>((resolve, reject) => {
      const started = process.hrtime.bigint();
      let ttfb = 0;
      const headers: Record<string, string> = { 'User-Agent': WECHAT_UA, Accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };
      if (encoding) headers['Accept-Encoding'] = encoding;
      const req = request(options.url, { agent, headers }, (res) => {
        ttfb = Number(process.hrtime.bigint() - started) / 1e6;
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ ttfb, bytes, status: res.statusCode ?? 0 }));
      });
      req.on('error', reject);
      req.end();
    });
  const plain = await once(null);
  const gzip = await once('gzip');
  const worker = async () => {
    while (Date.now() < deadline) {
      try {
        const r = await once('gzip');
        if (r.status === 200) samples.push(r.ttfb);
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  samples.sort((a, b) => a - b);
  return {
    requests: samples.length,
    ttfbP50Ms: percentile(samples, 50),
    ttfbP95Ms: percentile(samples, 95),
    ttfbP99Ms: percentile(samples, 99),
    pageBytes: plain.bytes,
    pageBytesGzip: gzip.bytes,
    errors,
  };
}
