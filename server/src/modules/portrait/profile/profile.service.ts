import { Inject, Injectable, Optional } from '@nestjs/common';
import type { ClientRiskLevel } from '@valuelens/contracts';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { notFound, validationFailed } from '../../../common/errors/app-error.js';
import { maskPhone, PiiVault } from '../../../common/pii/pii-vault.js';
import type { ClientHeaderDto } from '../../clients/dto/client-header.dto.js';
import { PortraitRecomputeService } from '../recompute/portrait-recompute.service.js';
import { effectiveTags } from '../tags/effective-tags.js';
import { TagsRepository } from '../tags/tags.repository.js';
import { toTagDto } from '../tags/tags.service.js';
import { PROFILE_ALERT_SOURCE, type ProfileAlertSource } from './alert-source.js';
import { toPortraitView } from './portrait-view.js';
import type { ProfileQuery, SidebarProfileDto } from './profile.dto.js';
import { type ProfileClientRow, ProfileRepository } from './profile.repository.js';
import { type PortraitColumns, RECOMMENDATION_SOURCE, type RecommendationSource, type RecommendationSubject } from './recommendation-source.js';

const TOP_RECOMMENDATIONS = 5;
const OPEN_ALERTS = 5;

/**
 * The sidebar's one request (DESIGN §4 step 1): client header, portrait, tags, alerts and top recommendations.
 * Scope check, header and stored portrait are one statement; snapshots, tags, alerts and recommendations then load
 * in parallel.
 */
@Injectable()
export class ProfileService {
  constructor(
    private readonly repo: ProfileRepository,
    private readonly tags: TagsRepository,
    private readonly recompute: PortraitRecomputeService,
    private readonly vault: PiiVault,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(RECOMMENDATION_SOURCE) private readonly recommendations: RecommendationSource | null = null,
    @Optional() @Inject(PROFILE_ALERT_SOURCE) private readonly alerts: ProfileAlertSource | null = null,
  ) {}

  async profile(actor: Actor, query: ProfileQuery): Promise<SidebarProfileDto> {
    const by = query.clientId !== undefined ? { clientId: query.clientId } : query.externalUserId ? { externalUserId: query.externalUserId } : null;
    if (!by) throw validationFailed([{ field: 'externalUserId', errors: ['externalUserId 与 clientId 须提供其一'] }]);
    const found = await this.repo.findClientInScope(actor, by);
    if (!found) throw notFound('客户');
    const { client } = found;
    // First view of a client nobody has computed yet: compute now (and store, with its tags), so the sidebar never
    // shows a blank. Otherwise everything else loads at once; ranking reuses the client and portrait just read.
    const portrait = found.portrait ?? (await this.recompute.computeOne(client.id));
    if (!portrait) throw notFound('客户');
    const [snapshots, tags, alerts, recommendations] = await Promise.all([
      this.repo.snapshots(client.id),
      this.tags.rowsForClient(client.id),
      this.alerts ? this.alerts.openForClient(actor, client.id, OPEN_ALERTS) : Promise.resolve([]),
      this.recommendations ? this.recommendations.forSubject(actor, this.subject(client, portrait), TOP_RECOMMENDATIONS) : Promise.resolve([]),
    ]);
    return {
      client: this.header(client),
      portrait: toPortraitView(portrait, snapshots),
      tags: effectiveTags(tags).map(toTagDto),
      alerts,
      recommendations,
    };
  }

  private subject(c: ProfileClientRow, portrait: PortraitColumns): RecommendationSubject {
    const riskLevel = c.riskLevel as ClientRiskLevel | null;
    const riskExpiresAt = c.riskExpiresAt === null ? null : new Date(c.riskExpiresAt);
    return { client: { clientId: c.id, name: c.name, gender: c.gender, riskLevel, riskExpiresAt }, portrait };
  }

  private header(c: ProfileClientRow): ClientHeaderDto {
    return {
      id: c.id,
      name: c.name,
      avatar: c.avatar,
      gender: c.gender,
      ageBand: c.ageBand,
      riskLevel: c.riskLevel as ClientRiskLevel | null,
      riskExpiresAt: c.riskExpiresAt === null ? null : new Date(c.riskExpiresAt).toISOString(),
      riskAssessmentExpired: c.riskExpiresAt === null || c.riskExpiresAt <= this.clock.now().getTime(),
      phoneMasked: c.phoneEnc ? maskPhone(this.vault.decrypt(c.phoneEnc)) : null,
      remark: c.remark,
      followedSince: c.followedSince === null ? null : new Date(c.followedSince).toISOString(),
    };
  }
}
