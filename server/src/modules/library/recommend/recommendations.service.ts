import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { SendGateService } from '../../compliance/send-gate/send-gate.service.js';
import { SEND_HISTORY_SOURCE, type SendHistorySource } from '../../compliance/send-gate/send-history-source.js';
import type { Recipient } from '../../compliance/send-gate/send-gate.types.js';
import type { RecommendationDto, RecommendationSource, RecommendationSubject } from '../../portrait/profile/recommendation-source.js';
import type { Material } from '../entities/material.entities.js';
import { FORMAT_OF_MATERIAL_TYPE, type MaterialType } from '../library.constants.js';
import { type SendableCandidate, SendableContentService } from '../send/sendable-content.service.js';
import { PortraitReader, portraitFacts } from './portrait-reader.js';
import { type PortraitFacts, RECENTLY_SENT_DAYS, scoreCandidate } from './recommendation-scoring.js';

export interface RankedRecommendation extends RecommendationDto {
  variantId: number | null;
  materialType: MaterialType | null;
}

/** Blocked items are listed after the sendable ones so the sidebar can say why; a few are enough. */
const MAX_BLOCKED_SHOWN = 5;
const DAY_MS = 86_400_000;

/**
 * Ranks approved content for one client by fit with the value portrait (archetype, narrative, format,
 * lifecycle, freshness, engagement, not sent recently) and runs every candidate through the send gate
 * for a 1:1 chat: unsuitable or over-budget items come last with the gate's code and reason.
 */
@Injectable()
export class RecommendationsService implements RecommendationSource {
  constructor(
    private readonly content: SendableContentService,
    private readonly portraits: PortraitReader,
    private readonly gate: SendGateService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(SEND_HISTORY_SOURCE) private readonly history: SendHistorySource | null,
  ) {}

  async forClient(actor: Actor, clientId: number, limit: number): Promise<RankedRecommendation[]> {
    const recipient = await this.gate.recipientForClient(actor, clientId);
    return this.rankFor(actor, recipient, await this.portraits.forClient(clientId), limit);
  }

  /** For the sidebar profile, which has already loaded (and scope-checked) the client and the portrait. */
  forSubject(actor: Actor, subject: RecommendationSubject, limit: number): Promise<RankedRecommendation[]> {
    const recipient: Recipient = { target: { clientId: subject.client.clientId }, members: [subject.client], unknownMembers: 0 };
    return this.rankFor(actor, recipient, subject.portrait ? portraitFacts(subject.portrait) : null, limit);
  }

  private async rankFor(actor: Actor, recipient: Recipient, portrait: PortraitFacts | null, limit: number): Promise<RankedRecommendation[]> {
    const clientId = (recipient.target as { clientId: number }).clientId;
    const now = this.clock.now();
    const recentSince = now.getTime() - RECENTLY_SENT_DAYS * DAY_MS;
    // One read of the client's sends serves the gate's frequency budget and "not sent recently".
    const since = new Date(Math.min(recentSince, this.gate.historySince(now).getTime()));
    const [sends, scripts, materials] = await Promise.all([
      this.history ? this.history.clientSends(clientId, since) : Promise.resolve([]),
      this.content.sendableCandidates('script'),
      this.content.sendableCandidates('material'),
    ]);
    const context = await this.gate.contextFor(actor, recipient, sends);
    const lastSent = new Map<string, Date>();
    for (const send of sends) {
      if (send.at.getTime() < recentSince) continue;
      const key = `${send.contentKind}:${send.contentId}`;
      if ((lastSent.get(key)?.getTime() ?? 0) < send.at.getTime()) lastSent.set(key, send.at);
    }

    const ranked = [...scripts, ...materials].map((candidate) => this.rank(candidate, portrait, lastSent, context, now));
    const byScore = (a: RankedRecommendation, b: RankedRecommendation) => b.score - a.score || a.kind.localeCompare(b.kind) || a.id - b.id;
    const allowed = ranked.filter((item) => !item.blocked).sort(byScore);
    const blocked = ranked.filter((item) => item.blocked).sort(byScore);
    return [...allowed.slice(0, limit), ...blocked.slice(0, MAX_BLOCKED_SHOWN)];
  }

  private rank(
    candidate: SendableCandidate,
    portrait: PortraitFacts | null,
    lastSent: ReadonlyMap<string, Date>,
    context: Awaited<ReturnType<SendGateService['contextFor']>>,
    now: Date,
  ): RankedRecommendation {
    const { content, item, variants } = candidate;
    const materialType = content.kind === 'material' ? (item as Material).type : null;
    const version = content.version;
    const tagging = candidate.version;
    const scored = scoreCandidate(
      portrait,
      {
        targetArchetypes: tagging.targetArchetypes,
        narrative: tagging.framing,
        format: materialType ? FORMAT_OF_MATERIAL_TYPE[materialType] : null,
        lifecycleStages: tagging.lifecycleStages,
        approvedAt: version.approvedAt,
        sentCount: item.sentCount,
        openedCount: item.openedCount,
        lastSentToClientAt: lastSent.get(`${content.kind}:${content.contentId}`) ?? null,
        variants,
      },
      now,
    );
    const variant = variants.find((v) => v.id === scored.variantId) ?? null;
    const decision = this.gate.evaluate(context, this.content.withVariant(content, variant), { channel: 'chat' });
    return {
      kind: content.kind,
      id: content.contentId,
      versionId: version.id,
      title: variant?.title ?? version.title,
      reasonZh: scored.reasonZh,
      score: scored.score,
      variantId: scored.variantId,
      materialType,
      ...(decision.allowed ? {} : { blocked: { code: decision.code ?? 'INVALID_STATE', reasonZh: decision.reasonZh } }),
    };
  }
}
