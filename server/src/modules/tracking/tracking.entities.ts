import type { EntityClass } from '../../database/entity-class.js';

/** Entities of the tracking feature, registered with the data source in database/entities.ts. */
export const TRACKING_ENTITIES: EntityClass[] = [];
