import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the library feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const LIBRARY_MIGRATIONS: MigrationClass[] = [];
