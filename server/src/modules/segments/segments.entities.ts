import type { EntityClass } from '../../database/entity-class.js';
import { Segment } from './segment.entity.js';

/** Entities of the segments feature, registered with the data source in database/entities.ts. */
export const SEGMENTS_ENTITIES: EntityClass[] = [Segment];
