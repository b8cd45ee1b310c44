import type { MigrationClass } from '../../database/entity-class.js';
import { Sends1700700000000 } from './migrations/1700700000000-sends.js';
import { Campaigns1700700000001 } from './migrations/1700700000001-campaigns.js';

/** Migrations of the outreach feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const OUTREACH_MIGRATIONS: MigrationClass[] = [Sends1700700000000, Campaigns1700700000001];
