import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the ingest feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const INGEST_MIGRATIONS: MigrationClass[] = [];
