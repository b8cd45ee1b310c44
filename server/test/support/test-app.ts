import request from 'supertest';
import type { DataSource } from 'typeorm';
import { type RunningApp, createApp } from '../../src/app.factory.js';
import { ensureAdminUser } from '../../src/bootstrap/admin-user.js';
import { ManualClock } from '../../src/common/clock.js';
import { type AppConfig, loadConfig } from '../../src/config/app-config.js';
import type { SimulatorSeed } from '../../src/wecom/simulator/seed.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const ADMIN_PASSWORD = 'Adm1n-Test-Password';

export interface TestApp {
  running: RunningApp;
  config: AppConfig;
  dataSource: DataSource;
  clock: ManualClock;
  db: TestDatabase;
  http: () => ReturnType<typeof request>;
  /** Logs in with a password and returns a Bearer token. */
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  engine?: 'sqlite' | 'mysql';
  env?: Record<string, string>;
  seed?: SimulatorSeed;
  workers?: boolean;
}

/** A whole server on a random port: real database, real queue, the WeCom simulator, a manual clock. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase(options.engine ?? 'sqlite');
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'error', ...options.env });
  config.database = db.config;
  const clock = new ManualClock(new Date());
  const running = await createApp(config, { clock, migrate: true, workers: options.workers ?? true, simulatorSeed: options.seed });
  await ensureAdminUser(running.dataSource, ADMIN_PASSWORD);
  await running.app.listen(0, '127.0.0.1');
  const address = running.app.getHttpServer().address() as { port: number };
  running.simulator?.setCallbackUrl(`http://127.0.0.1:${address.port}/api/wecom/callback`);
  const http = () => request(running.app.getHttpServer());
  return {
    running,
    config,
    dataSource: running.dataSource,
    clock,
    db,
    http,
    async login(username, password) {
      const res = await http().post('/api/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    async close() {
      // Let debounce windows (≤ 100 ms) and fire-and-forget listeners settle, then finish queued work,
      // so nothing writes after the database closes.
      await new Promise((resolve) => setTimeout(resolve, 250));
      await running.queue.drain(15_000).catch(() => undefined);
      await running.close();
      await db.drop();
    },
  };
}
