import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { type CreateAppOptions, type RunningApp, createApp } from '../../src/app.factory.js';
import { SessionService } from '../../src/common/auth/session.service.js';
import { type AppConfig, type DatabaseConfig, loadConfig } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import type { BenchOptions } from './types.js';

export type BenchDatabaseKind = 'sqlite' | 'mysql';

/** A throwaway database for one scenario: an SQLite file in a temp folder, or a fresh MySQL/MariaDB schema. */
export interface BenchDatabase {
  kind: BenchDatabaseKind;
  config: DatabaseConfig;
  /** Temp folder for this scenario (SQLite file, DATA_DIR). */
  dir: string;
  /** PII_KEY for everything written to this database (seeds and the app must agree). */
  piiKey: string;
  drop(): Promise<void>;
}

const DEFAULT_MYSQL_URL = 'mysql://root@127.0.0.1:3306/valuelens_bench';

function mysqlAdmin(url: URL) {
  return createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) });
}

/** The MySQL/MariaDB server's version and the settings that decide large-table figures, for the report. */
export async function describeMysqlServer(options: BenchOptions): Promise<string> {
  const conn = await mysqlAdmin(new URL(options.mysqlUrl ?? DEFAULT_MYSQL_URL));
  try {
    const [rows] = await conn.query('SELECT VERSION() AS version, @@innodb_buffer_pool_size AS pool, @@innodb_flush_log_at_trx_commit AS flush, @@thread_handling AS threads');
    const r = (rows as { version: string; pool: number | string; flush: number | string; threads: string }[])[0]!;
    return `MySQL ${r.version}, innodb_buffer_pool_size ${Math.round(Number(r.pool) / 2 ** 20)} MB, innodb_flush_log_at_trx_commit ${r.flush}, thread_handling ${r.threads}`;
  } finally {
    await conn.end();
  }
}

export async function createBenchDatabase(kind: BenchDatabaseKind, options: BenchOptions): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'valuelens-bench-'));
  const piiKey = randomBytes(32).toString('base64');
  if (kind === 'sqlite') {
    return { kind, dir, piiKey, config: { type: 'sqlite', sqlitePath: join(dir, 'bench.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const url = new URL(options.mysqlUrl ?? DEFAULT_MYSQL_URL);
  // One schema per scenario run (name_<random>), so two runs on one server never drop each other's data.
  const name = `${decodeURIComponent(url.pathname.replace(/^\//, '')) || 'valuelens_bench'}_${randomBytes(3).toString('hex')}`;
  url.pathname = `/${name}`;
  const admin = () => mysqlAdmin(url);
  const conn = await admin();
  await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  return {
    kind,
    dir,
    piiKey,
    config: { type: 'mysql', url: url.toString(), sqlitePath: '' },
    async drop() {
      const c = await admin();
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Production settings on the built-in WeCom simulator, data in the scenario's temp folder. */
export function benchConfig(db: BenchDatabase, env: Record<string, string> = {}): AppConfig {
  const config = loadConfig({
    NODE_ENV: 'production',
    ALLOW_SIMULATOR: 'true',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    DATA_DIR: db.dir,
    PII_KEY: db.piiKey,
    ...env,
  });
  config.database = db.config;
  return config;
}

/** Runs the migrations on a bare connection (the same ones main.ts runs before the app starts). */
export async function migrate(db: BenchDatabase): Promise<void> {
  const ds = new DataSource(dataSourceOptions(db.config));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

export interface BenchApp {
  running: RunningApp;
  config: AppConfig;
  db: BenchDatabase;
  baseUrl: string;
  /** A session token for a staff row, as the sidebar or admin would hold it. */
  sessionFor(staffId: number, channel?: 'sidebar' | 'admin'): Promise<string>;
  close(): Promise<void>;
}

export interface StartBenchAppOptions extends Omit<CreateAppOptions, 'migrate'> {
  env?: Record<string, string>;
  /** Migrations already ran (e.g. the scenario seeded the database before starting the app). */
  migrated?: boolean;
}

/** The whole server (createApp, as main.ts builds it) listening on a random local port. */
export async function startBenchApp(db: BenchDatabase, options: StartBenchAppOptions = {}): Promise<BenchApp> {
  const config = benchConfig(db, options.env);
  const { env: _env, migrated, ...createOptions } = options;
  const running = await createApp(config, { workers: false, ...createOptions, migrate: !migrated });
  await running.app.listen(0, '127.0.0.1');
  const { port } = running.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  running.simulator?.setCallbackUrl(`${baseUrl}/api/wecom/callback`);
  return {
    running,
    config,
    db,
    baseUrl,
    async sessionFor(staffId, channel = 'sidebar') {
      return (await running.app.get(SessionService).create(staffId, channel)).token;
    },
    async close() {
      // A job still running (e.g. a second copy of a long recompute) can hold app.close() for minutes; the bench
      // reports that and moves on rather than hang (the process exits at the end of the run).
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), CLOSE_TIMEOUT_MS)));
      const outcome = await Promise.race([running.close().then(() => 'closed' as const), timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') {
        const queued = await running.queue.depth().catch(() => ({}));
        process.stderr.write(` (server did not close within ${CLOSE_TIMEOUT_MS / 1000} s, jobs ${JSON.stringify(queued)}; left behind)`);
      }
    },
  };
}

const CLOSE_TIMEOUT_MS = 30_000;

/** Runs `body` with a fresh database, always dropping it afterwards. */
export async function withBenchDatabase<T>(kind: BenchDatabaseKind, options: BenchOptions, body: (db: BenchDatabase) => Promise<T>): Promise<T> {
  const db = await createBenchDatabase(kind, options);
  try {
    return await body(db);
  } finally {
    // BENCH_KEEP_DATABASE=1 leaves the scenario's data behind for EXPLAIN and profiling (the path or schema is printed).
    if (process.env.BENCH_KEEP_DATABASE === '1') process.stderr.write(` (kept ${db.config.type === 'sqlite' ? db.config.sqlitePath : db.config.url})`);
    else await db.drop();
  }
}
