import type { MigrationClass } from '../../database/entity-class.js';
import { Library1700500000000 } from './migrations/1700500000000-library.js';

/** Migrations of the library feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const LIBRARY_MIGRATIONS: MigrationClass[] = [Library1700500000000];
