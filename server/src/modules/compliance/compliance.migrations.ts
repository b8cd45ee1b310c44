import type { MigrationClass } from '../../database/entity-class.js';

/** Migrations of the compliance feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const COMPLIANCE_MIGRATIONS: MigrationClass[] = [];
