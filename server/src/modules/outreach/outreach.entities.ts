import type { EntityClass } from '../../database/entity-class.js';
import { Campaign, CampaignExclusion, CampaignTask } from './campaigns/campaign.entities.js';
import { MomentsTask } from './moments/moments-task.entity.js';
import { Send } from './sends/send.entity.js';
import { TrackedLink } from './sends/tracked-link.entity.js';

/** Entities of the outreach feature, registered with the data source in database/entities.ts. */
export const OUTREACH_ENTITIES: EntityClass[] = [Send, TrackedLink, Campaign, CampaignTask, CampaignExclusion, MomentsTask];
