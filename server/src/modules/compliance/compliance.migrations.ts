import type { MigrationClass } from '../../database/entity-class.js';
import { Compliance1700600000000 } from './migrations/1700600000000-compliance.js';

/** Migrations of the compliance feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const COMPLIANCE_MIGRATIONS: MigrationClass[] = [Compliance1700600000000];
