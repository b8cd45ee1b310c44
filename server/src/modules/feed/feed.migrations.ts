import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the feed feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const FEED_MIGRATIONS: MigrationClass[] = [];
