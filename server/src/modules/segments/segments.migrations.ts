import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the segments feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const SEGMENTS_MIGRATIONS: MigrationClass[] = [];
