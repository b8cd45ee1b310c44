import { ConfigError } from './env.js';

export interface RunMode {
  http: boolean;
  workers: boolean;
  runMigrations: boolean;
}

/**
 * WORKER_MODE=api|worker|all (default all). Workers still answer /healthz, /readyz and /metrics.
 * Migrations run at start on SQLite (single process) or when RUN_MIGRATIONS=true; on MySQL a
 * deployment runs the migrate CLI once before rolling out (OPERATIONS.md).
 */
export function readRunMode(env: Record<string, string | undefined> = process.env): RunMode {
  const mode = env.WORKER_MODE?.trim() || 'all';
  if (mode !== 'api' && mode !== 'worker' && mode !== 'all') throw new ConfigError('WORKER_MODE must be api, worker or all');
  const usesSqlite = !env.DATABASE_URL || env.DATABASE_URL.startsWith('sqlite:');
  const runMigrations = env.RUN_MIGRATIONS ? env.RUN_MIGRATIONS === 'true' : usesSqlite;
  return { http: mode !== 'worker', workers: mode !== 'api', runMigrations };
}
