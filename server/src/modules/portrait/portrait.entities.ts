import type { EntityClass } from '../../database/entity-class.js';

/** Entities of the portrait feature, registered with the data source in database/entities.ts. */
export const PORTRAIT_ENTITIES: EntityClass[] = [];
