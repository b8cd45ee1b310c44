import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the portrait feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const PORTRAIT_MIGRATIONS: MigrationClass[] = [];
