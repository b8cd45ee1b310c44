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
import { toPortraitView } from '../view/portrait-view.js';
import type { Portrait } from '../engine/compute-portrait.js';
import { type DecodedPortrait, decodePortrait } from '../entities/portrait-codec.js';
import { type RawJson, rawJsonObject } from '../../../http/raw-json.js';
import type { ProfileQuery, SidebarProfileDto } from './profile.dto.js';
import { type ProfileClientRow, ProfileRepository, type StoredPortrait } from './profile.repository.js';
import { type PortraitColumns, RECOMMENDATION_SOURCE, type RecommendationSource, type RecommendationSubject } from './recommendation-source.js';

const TOP_RECOMMENDATIONS = 5;
const OPEN_ALERTS = 5;

/**
 * The sidebar's one request (DESIGN §4 step 1): client header, portrait, tags, alerts and top recommendations.
 * Scope check, header and stored portrait (with its view) are one statement; tags, alerts and recommendations then
 * load in parallel, their per-client reads coalesced with those of the views that reach them in the same turn.
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

  async profile(actor: Actor, query: ProfileQuery): Promise<RawJson<SidebarProfileDto>> {
    const by = query.clientId !== undefined ? { clientId: query.clientId } : query.externalUserId ? { externalUserId: query.externalUserId } : null;
    if (!by) throw validationFailed([{ field: 'externalUserId', errors: ['externalUserId 与 clientId 须提供其一'] }]);
    const found = await this.repo.findClientInScope(actor, by);
    if (!found) throw notFound('客户');
    const { client } = found;
    // First view of a client nobody has computed yet: compute now (and store, with its tags), so the sidebar never
    // shows a blank. Otherwise everything else loads at once; ranking reuses the client and portrait just read.
    const portrait = found.portrait ?? (await this.computeNow(client.id));
    const [view, tags, alerts, recommendations] = await Promise.all([
      this.viewJson(client.id, portrait.stored),
      this.tags.rowsForClient(client.id),
      this.alerts ? this.alerts.openForClient(actor, client, OPEN_ALERTS) : Promise.resolve([]),
      this.recommendations ? this.recommendations.forSubject(actor, this.subject(client, portrait), TOP_RECOMMENDATIONS) : Promise.resolve([]),
    ]);
    // The stored view goes out as stored, in its UTF-8 bytes: parsing and re-serialising it was the largest share of
    // this request, and decoding it to text and encoding that back the next.
    return rawJsonObject<SidebarProfileDto>({
      client: JSON.stringify(this.header(client)),
      portrait: view,
      tags: JSON.stringify(effectiveTags(tags).map(toTagDto)),
      alerts: JSON.stringify(alerts),
      recommendations: JSON.stringify(recommendations),
    });
  }

  private async computeNow(clientId: number): Promise<StoredPortrait> {
    const computed = await this.recompute.computeOne(clientId);
    if (!computed) throw notFound('客户');
    const { topArchetype, archetypeWeights, traitScores, framing, format, lifecycle } = computed.row;
    return { stored: decodePortrait(computed.view), topArchetype, archetypeWeights, traitScores, framing, format, lifecycle };
  }

  /** The stored view's JSON; a portrait stored before views (the engine's whole output) is viewed here until recomputed. */
  private async viewJson(clientId: number, stored: DecodedPortrait): Promise<Buffer | string> {
    if (!stored.legacy) return stored.view;
    return JSON.stringify(toPortraitView(JSON.parse(stored.json) as Portrait, await this.repo.snapshots(clientId)));
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
