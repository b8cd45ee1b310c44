import type { MigrationClass } from '../../database/entity-class.js';
import { Segments1700400000000 } from './migrations/1700400000000-segments.js';

/** Migrations of the segments feature (TypeORM Table API, run on SQLite and MySQL), in timestamp order. */
export const SEGMENTS_MIGRATIONS: MigrationClass[] = [Segments1700400000000];
