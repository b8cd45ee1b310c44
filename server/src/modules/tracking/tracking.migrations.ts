import type { MigrationClass } from '../../database/entity-class.js';
import { Tracking1700800000000 } from './migrations/1700800000000-tracking.js';

/** Migrations of the tracking feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const TRACKING_MIGRATIONS: MigrationClass[] = [Tracking1700800000000];
