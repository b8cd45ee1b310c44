import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../../src/config/app-config.js';

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
