import type { Actor } from '../../../common/auth/actor.js';
import type { ProfileAlertDto } from './profile.dto.js';

/**
 * Supplies the profile's open alerts. Provided by the feed module under PROFILE_ALERT_SOURCE (FeedModule is
 * global), so the portrait module never imports the feed; without a provider the profile returns none.
 */
export interface ProfileAlertSource {
  /** The client's open alerts (new or seen) the actor may see, newest first. */
  openForClient(actor: Actor, clientId: number, limit: number): Promise<ProfileAlertDto[]>;
}

export const PROFILE_ALERT_SOURCE = Symbol('PROFILE_ALERT_SOURCE');
