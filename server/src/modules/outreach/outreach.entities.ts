import type { EntityClass } from '../../database/entity-class.js';
import { Send } from './sends/send.entity.js';
import { TrackedLink } from './sends/tracked-link.entity.js';

/** Entities of the outreach feature, registered with the data source in database/entities.ts. */
export const OUTREACH_ENTITIES: EntityClass[] = [Send, TrackedLink];
