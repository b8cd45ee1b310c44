import type { MigrationClass } from '../../database/entity-class.js';
import { ClientData1700100000000 } from './migrations/1700100000000-client-data.js';

/** Migrations of the client-data feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const CLIENT_DATA_MIGRATIONS: MigrationClass[] = [ClientData1700100000000];
