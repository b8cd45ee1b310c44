import type { MigrationClass } from '../../database/entity-class.js';
import { Feed1700900000000 } from './migrations/1700900000000-feed.js';
import { AlertsByClient1700900000001 } from './migrations/1700900000001-alerts-by-client.js';

/** Migrations of the feed feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const FEED_MIGRATIONS: MigrationClass[] = [Feed1700900000000, AlertsByClient1700900000001];
