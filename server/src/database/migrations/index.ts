import { Foundation1700000000000 } from './1700000000000-foundation.js';

/**
 * Migrations in order. Each is written once with TypeORM's Table API and runs on SQLite and MySQL.
 * Features own a timestamp range so parallel work never collides: client data 17001…, ingest 17002…,
 * portrait 17003…, segments 17004…, library 17005…, compliance 17006…, outreach 17007…, tracking 17008….
 */
export const ALL_MIGRATIONS = [Foundation1700000000000];
