import type { EntityClass } from '../../database/entity-class.js';

/** Entities of the library feature, registered with the data source in database/entities.ts. */
export const LIBRARY_ENTITIES: EntityClass[] = [];
