import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the client-data feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const CLIENT_DATA_MIGRATIONS: MigrationClass[] = [];
