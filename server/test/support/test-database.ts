import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';

/**
 * Integration tests run on SQLite in memory always, and on MySQL/MariaDB too when TEST_DATABASE_URL
 * is set (CI sets it). Each MySQL test file gets its own throwaway database.
 */
export interface TestDatabase {
  name: 'sqlite' | 'mysql';
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export const TEST_ENGINES: ('sqlite' | 'mysql')[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'mysql'] : ['sqlite'];

export async function createTestDatabase(engine: 'sqlite' | 'mysql'): Promise<TestDatabase> {
  if (engine === 'sqlite') {
    return { name: 'sqlite', config: { type: 'sqlite', sqlitePath: ':memory:' }, drop: async () => undefined };
  }
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const database = `vl_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = await createConnection({ host: base.hostname, port: Number(base.port || 3306), user: decodeURIComponent(base.username), password: decodeURIComponent(base.password) });
  await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${database}`;
  return {
    name: 'mysql',
    config: { type: 'mysql', url: url.toString(), sqlitePath: '' },
    async drop() {
      const conn = await createConnection({ host: base.hostname, port: Number(base.port || 3306), user: decodeURIComponent(base.username), password: decodeURIComponent(base.password) });
      await conn.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await conn.end();
    },
  };
}

/**
 * A test database that several connections can share: SQLite as a file in a temp folder (an in-memory database is
 * private to its connection, so a worker thread or a second data source would not see it), MySQL as usual.
 */
export async function createSharedTestDatabase(engine: 'sqlite' | 'mysql'): Promise<TestDatabase> {
  if (engine === 'mysql') return createTestDatabase('mysql');
  const dir = mkdtempSync(join(tmpdir(), 'vl-test-'));
  return { name: 'sqlite', config: { type: 'sqlite', sqlitePath: join(dir, 'test.sqlite') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a describe block: a fresh database with every migration run, created before its tests and dropped after.
 * Returns the data source's getter (it exists once the block's tests run).
 */
export function useMigratedDatabase(engine: 'sqlite' | 'mysql'): () => DataSource {
  let db: TestDatabase | undefined;
  let ds: DataSource | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    ds = await migratedDataSource(db);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });
  return () => ds!;
}

/** An initialised data source on `db` with every migration run. */
export async function migratedDataSource(db: TestDatabase): Promise<DataSource> {
  const ds = await new DataSource(dataSourceOptions(db.config)).initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
