import type { EntityClass } from '../../database/entity-class.js';

/** Entities of the segments feature, registered with the data source in database/entities.ts. */
export const SEGMENTS_ENTITIES: EntityClass[] = [];
