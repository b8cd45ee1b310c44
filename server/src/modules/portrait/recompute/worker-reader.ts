import Database from 'better-sqlite3';
import { createPool, type Pool } from 'mysql2/promise';
import { MYSQL_CLIENT_OPTIONS } from '../../../database/mysql-client-options.js';
import type { Row } from '../loading/assemble-inputs.js';
import type { PlannedRead } from '../loading/read-plan.js';

/** Where a compute worker reads a batch's source rows from: the app's SQLite file or its MySQL server. */
export type WorkerReadSource = { type: 'sqlite'; path: string } | { type: 'mysql'; url: string };

export type ReadQuery = (read: PlannedRead) => Row[] | Promise<Row[]>;

const MAX_PREPARED = 32;

/** A read-only connection of the worker's own (WAL lets it read beside the main thread's writes). */
function sqliteReader(path: string): ReadQuery {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  // Every page runs the same few statements: prepare each once (bounded, should a plan ever vary its text).
  const statements = new Map<string, Database.Statement>();
  return (read) => {
    let statement = statements.get(read.sql);
    if (!statement) {
      if (statements.size >= MAX_PREPARED) statements.clear();
      statements.set(read.sql, (statement = db.prepare(read.sql)));
    }
    return statement.all(...read.parameters) as Row[];
  };
}

/** A batch runs its source reads at once, so a few connections; rows are parsed here, not on the main thread. */
const MYSQL_READ_CONNECTIONS = 4;

function mysqlReader(url: string): ReadQuery {
  const pool: Pool = createPool({ uri: url, ...MYSQL_CLIENT_OPTIONS, connectionLimit: MYSQL_READ_CONNECTIONS, trace: false });
  return async (read) => (await pool.query(read.sql, read.parameters))[0] as Row[];
}

/** The worker's reader for `source`, connected on first use. */
export function workerReader(source: WorkerReadSource): ReadQuery {
  return source.type === 'sqlite' ? sqliteReader(source.path) : mysqlReader(source.url);
}
