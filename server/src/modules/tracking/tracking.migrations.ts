import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the tracking feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const TRACKING_MIGRATIONS: MigrationClass[] = [];
