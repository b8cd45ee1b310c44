import type { EntityClass } from '../../database/entity-class.js';

/** Entities of the analytics feature, registered with the data source in database/entities.ts. */
export const ANALYTICS_ENTITIES: EntityClass[] = [];
