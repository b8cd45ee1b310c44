/** A TypeORM entity class, as listed in the data source. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;

/** A TypeORM migration class, as listed in the data source. */
export type MigrationClass = new () => import('typeorm').MigrationInterface;
