import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ALL_ENTITIES } from './entities.js';
import { MYSQL_CLIENT_OPTIONS, mysqlUrlOptions } from './mysql-client-options.js';
import { MYSQL_PREPARED_STATEMENTS_PER_CONNECTION } from './prepared-query.js';
import { ALL_MIGRATIONS } from './migrations/index.js';

/**
 * One data source definition for both engines. SQLite (embedded default) runs in WAL mode with a busy
 * timeout so the web process and in-process workers can share the file; MySQL uses utf8mb4 and UTC.
 * Schema changes only ever go through migrations.
 */
export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (db.type === 'mysql') {
    return {
      ...common,
      type: 'mysql',
      url: db.url,
      ...mysqlUrlOptions(db.url),
      ...MYSQL_CLIENT_OPTIONS,
      // trace: false — mysql2 otherwise captures a stack trace on every query (a measurable share of a hot request).
      extra: { connectionLimit: 20, trace: false, maxPreparedStatements: MYSQL_PREPARED_STATEMENTS_PER_CONNECTION },
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.sqlitePath,
    enableWAL: db.sqlitePath !== ':memory:',
    // Prepared statements kept per connection (FIFO). The query builder inlines numeric ids, so such statements churn
    // the cache; a large one keeps the fixed hot statements prepared.
    statementCacheSize: 1000,
    prepareDatabase: (sqlite: { pragma: (s: string) => unknown }) => {
      sqlite.pragma('busy_timeout = 5000');
      sqlite.pragma('foreign_keys = ON');
      sqlite.pragma('synchronous = NORMAL');
      // The default 2 MB page cache thrashes once indexes outgrow it (millions of behaviour events): keep 64 MB of pages,
      // read through a memory map, and checkpoint the WAL every ~40 MB instead of every 4 MB during bulk ingest.
      sqlite.pragma('cache_size = -65536');
      sqlite.pragma('mmap_size = 268435456');
      sqlite.pragma('wal_autocheckpoint = 10000');
    },
  };
}
