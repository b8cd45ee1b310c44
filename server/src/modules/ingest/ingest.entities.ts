import type { EntityClass } from '../../database/entity-class.js';
import { BehaviourEvent } from './behaviour-event.entity.js';

/** Entities of the ingest feature, registered with the data source in database/entities.ts. */
export const INGEST_ENTITIES: EntityClass[] = [BehaviourEvent];
