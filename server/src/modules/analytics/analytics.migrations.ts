import type { MigrationClass } from '../../database/entity-class.js';
import { Analytics1701000000000 } from './migrations/1701000000000-analytics.js';
import { PurchaseTimeIndex1701000000001 } from './migrations/1701000000001-purchase-time-index.js';

/** Migrations of the analytics feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const ANALYTICS_MIGRATIONS: MigrationClass[] = [Analytics1701000000000, PurchaseTimeIndex1701000000001];
