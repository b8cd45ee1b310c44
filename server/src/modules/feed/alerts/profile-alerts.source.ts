import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/auth/actor.js';
import type { ProfileAlertClient, ProfileAlertSource } from '../../portrait/profile/alert-source.js';
import type { ProfileAlertDto } from '../../portrait/profile/profile.dto.js';
import type { AlertDto } from './alerts.dto.js';
import { AlertsService } from './alerts.service.js';

export function toProfileAlert(alert: AlertDto): ProfileAlertDto {
  return { id: alert.id, kind: alert.ruleKey, textZh: `${alert.ruleLabelZh}：${alert.evidence.summaryZh}`, at: alert.createdAt };
}

/** The sidebar profile's alerts (PROFILE_ALERT_SOURCE): the actor's open alerts on the client, in the profile's short form. */
@Injectable()
export class ProfileAlertsSource implements ProfileAlertSource {
  constructor(private readonly alerts: AlertsService) {}

  async openForClient(actor: Actor, client: ProfileAlertClient, limit: number): Promise<ProfileAlertDto[]> {
    return (await this.alerts.openForClient(actor, client, limit)).map(toProfileAlert);
  }
}
