import type { EntityClass } from '../../database/entity-class.js';

/** Entities of the feed feature, registered with the data source in database/entities.ts. */
export const FEED_ENTITIES: EntityClass[] = [];
