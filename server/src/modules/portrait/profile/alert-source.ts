import type { Actor } from '../../../common/auth/actor.js';
import type { ProfileAlertDto } from './profile.dto.js';

/**
 * Supplies the profile's open alerts. Provided by the feed module under PROFILE_ALERT_SOURCE (FeedModule is
 * global), so the portrait module never imports the feed; without a provider the profile returns none.
 */
export interface ProfileAlertSource {
  /** The client's open alerts (new or seen) the actor may see, newest first; the client as the profile read it. */
  openForClient(actor: Actor, client: ProfileAlertClient, limit: number): Promise<ProfileAlertDto[]>;
}

export interface ProfileAlertClient {
  id: number;
  name: string;
  gender: 'male' | 'female' | null;
}

export const PROFILE_ALERT_SOURCE = Symbol('PROFILE_ALERT_SOURCE');
