import type { EntityClass } from '../../database/entity-class.js';

/** Entities of the compliance feature, registered with the data source in database/entities.ts. */
export const COMPLIANCE_ENTITIES: EntityClass[] = [];
