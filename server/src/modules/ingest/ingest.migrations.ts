import type { MigrationClass } from '../../database/entity-class.js';
import { Ingest1700200000000 } from './migrations/1700200000000-ingest.js';
import { PendingEventsIndex1700200000001 } from './migrations/1700200000001-pending-events-index.js';

/** Migrations of the ingest feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const INGEST_MIGRATIONS: MigrationClass[] = [Ingest1700200000000, PendingEventsIndex1700200000001];
