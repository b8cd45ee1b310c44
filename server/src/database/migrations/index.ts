import { Foundation1700000000000 } from './1700000000000-foundation.js';

/** Migrations in order. Each is written once with TypeORM's Table API and runs on SQLite and MySQL. */
export const ALL_MIGRATIONS = [Foundation1700000000000];
