import type { EntityClass } from '../../database/entity-class.js';
import { AlertRule } from './alerts/alert-rule.entity.js';
import { Alert } from './alerts/alert.entity.js';
import { FeedItem } from './feed/feed-item.entity.js';
import { FollowUp } from './notes/follow-up.entity.js';

/** Entities of the feed feature, registered with the data source in database/entities.ts. */
export const FEED_ENTITIES: EntityClass[] = [FeedItem, AlertRule, Alert, FollowUp];
