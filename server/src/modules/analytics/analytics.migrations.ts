import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the analytics feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const ANALYTICS_MIGRATIONS: MigrationClass[] = [];
