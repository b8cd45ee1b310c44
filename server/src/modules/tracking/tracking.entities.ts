import type { EntityClass } from '../../database/entity-class.js';
import { LinkEvent } from './entities/link-event.entity.js';
import { LinkView } from './entities/link-view.entity.js';

/** Entities of the tracking feature, registered with the data source in database/entities.ts. */
export const TRACKING_ENTITIES: EntityClass[] = [LinkView, LinkEvent];
