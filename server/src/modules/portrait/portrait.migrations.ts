import type { MigrationClass } from '../../database/entity-class.js';
import { PortraitTables1700300000000 } from './migrations/1700300000000-portrait-tables.js';
import { CompressedPortraits1700300000001 } from './migrations/1700300000001-compressed-portraits.js';
import { PortraitViews1700300000002 } from './migrations/1700300000002-portrait-views.js';

/** Migrations of the portrait feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const PORTRAIT_MIGRATIONS: MigrationClass[] = [PortraitTables1700300000000, CompressedPortraits1700300000001, PortraitViews1700300000002];
