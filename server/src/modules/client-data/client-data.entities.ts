import type { EntityClass } from '../../database/entity-class.js';

/** Entities of the client-data feature, registered with the data source in database/entities.ts. */
export const CLIENT_DATA_ENTITIES: EntityClass[] = [];
