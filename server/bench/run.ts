import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { logger } from '../src/common/logging/logger.js';
import { describeMysqlServer } from './harness/bench-app.js';
import { memoryLatencyNs } from './harness/memory-latency.js';
import { stealMeter, stealText } from './harness/cpu-steal.js';
import { renderTable } from './harness/table.js';
import type { BenchOptions, ScenarioResult } from './harness/types.js';
import { releasePortraitWorlds } from './harness/portrait-world.js';
import { SCENARIOS } from './scenarios/index.js';

/**
 * `npm run bench [-- --quick] [--db sqlite|mysql|both] [--only a,b] [--clients N] [--events N] [--segment-clients N] [--sqlite-analyze]`
 * Runs every scenario the issues name, prints one table and writes bench/results/<time>.json.
 * MySQL runs use BENCH_DATABASE_URL (default mysql://root@127.0.0.1:3306/valuelens_bench).
 */
function parseArgs(argv: string[]): BenchOptions {
  const flag = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const db = flag('db') ?? 'both';
  return {
    quick,
    databases: db === 'both' ? ['sqlite', 'mysql'] : [db as 'sqlite' | 'mysql'],
    mysqlUrl: process.env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/valuelens_bench',
    only: flag('only')?.split(','),
    clients: Number(flag('clients') ?? (quick ? 10_000 : 100_000)),
    events: Number(flag('events') ?? (quick ? 500_000 : 10_000_000)),
    segmentClients: Number(flag('segment-clients') ?? (quick ? 100_000 : 1_000_000)),
    sqliteAnalyze: argv.includes('--sqlite-analyze'),
  };
}

async function main(): Promise<void> {
  logger.setLevel('error');
  const options = parseArgs(process.argv.slice(2));
  const results: ScenarioResult[] = [];
  const started = Date.now();
  const loadBefore = loadavg()[0]!;
  const runSteal = stealMeter();
  const memoryNs = memoryLatencyNs();
  for (const scenario of SCENARIOS) {
    if (options.only && !options.only.includes(scenario.name)) continue;
    const targets = scenario.usesDatabase ? options.databases : (['none'] as const);
    for (const database of targets) {
      process.stderr.write(`running ${scenario.name}${database === 'none' ? '' : ` on ${database}`} …`);
      const scenarioStarted = Date.now();
      const scenarioSteal = stealMeter();
      try {
        results.push(...(await scenario.run(options, database)));
      } catch (error) {
        results.push({ scenario: scenario.name, metric: 'FAILED', value: NaN, unit: '', scale: '', database, notes: (error as Error).message });
      }
      process.stderr.write(` ${((Date.now() - scenarioStarted) / 1000).toFixed(0)} s (load average ${loadavg()[0]!.toFixed(1)}, ${stealText(scenarioSteal())})\n`);
    }
  }
  await releasePortraitWorlds();
  // The load average says how much else ran on the machine meanwhile (figures are only comparable on a quiet one).
  const mysql = options.databases.includes('mysql') ? await describeMysqlServer(options).catch((error: Error) => `MySQL: ${error.message}`) : null;
  const machine =
    `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ` +
    `random memory read ${memoryNs.toFixed(0)} ns, ${stealText(runSteal())} over the run, load average ${loadBefore.toFixed(1)} before / ${loadavg()[0]!.toFixed(1)} after${mysql ? `; ${mysql}` : ''}`;
  process.stdout.write(`\nValueLens benchmarks — ${machine}${options.quick ? ' — quick scales' : ''}\n\n${renderTable(results)}\n\n`);
  for (const r of results) if (r.details) process.stdout.write(`${r.scenario} — ${r.metric}\n${r.details}\n\n`);
  process.stdout.write(`total ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  const dir = join(import.meta.dirname, '..', '..', 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}${options.quick ? '-quick' : ''}.json`);
  writeFileSync(file, JSON.stringify({ machine, options, results }, null, 2));
  process.stdout.write(`results written to ${file}\n`);
  process.exit(results.some((r) => r.metric === 'FAILED') ? 1 : 0);
}

void main();
