import { ARCHETYPE_LABELS_ZH, type Archetype } from '@valuelens/contracts';
import type { PreferredFormat } from '../../portrait/engine/derive/format.js';
import { FRAMING_LABELS_ZH, type RecommendedFraming } from '../../portrait/engine/derive/framing.js';
import type { LifecycleStage } from '../../portrait/engine/derive/lifecycle.js';
import type { ContentNarrative, VariantFraming } from '../library.constants.js';

/** What the recommender reads from client_portraits. */
export interface PortraitFacts {
  topArchetype: Archetype | null;
  archetypeWeights: Partial<Record<Archetype, number>>;
  traitScores: Record<string, number>;
  framing: RecommendedFraming | null;
  format: PreferredFormat | null;
  lifecycle: LifecycleStage | null;
}

export interface CandidateFacts {
  targetArchetypes: readonly Archetype[];
  narrative: ContentNarrative | null;
  /** null for scripts: a chat message has no format of its own. */
  format: PreferredFormat | null;
  lifecycleStages: readonly LifecycleStage[];
  approvedAt: Date | null;
  sentCount: number;
  openedCount: number;
  /** When this client last received this content, if in the look-back window. */
  lastSentToClientAt: Date | null;
  variants: readonly { id: number; framing: VariantFraming }[];
}

export interface CandidateScore {
  score: number;
  reasonZh: string;
  variantId: number | null;
}

/** Weights of the fit components; they sum to 1 so a score reads as 0–100 %. */
export const SCORE_WEIGHTS = { archetype: 0.35, narrative: 0.2, format: 0.15, lifecycle: 0.05, freshness: 0.1, engagement: 0.15 } as const;
/** Content the client received within this many days is pushed down (not removed: the advisor may resend). */
export const RECENTLY_SENT_DAYS = 14;
const RECENTLY_SENT_FACTOR = 0.2;
const FRESHNESS_HALF_LIFE_DAYS = 30;
const DAY_MS = 86_400_000;
/** A loss-aversion score from which loss-framed wording is preferred (portrait trait scale 0–100). */
const LOSS_FRAME_THRESHOLD = 60;

const FORMAT_LABELS_ZH: Record<PreferredFormat, string> = { short_video: '短视频', deep_report: '深度报告', article: '图文', poster: '海报' };
const VARIANT_LABELS_ZH: Record<VariantFraming, string> = { loss: '损失框架（强调规避损失）', gain: '收益框架（强调可能收获）', neutral: '中性表述' };

/**
 * The frame of a material variant that suits the client: security seekers and loss-averse clients
 * respond to "what you avoid losing", growth seekers to "what you can gain" (Tversky & Kahneman 1981).
 */
export function preferredVariantFraming(portrait: PortraitFacts | null): VariantFraming {
  if (!portrait) return 'neutral';
  if (portrait.framing === 'safety_margin' || portrait.topArchetype === 'security' || (portrait.traitScores.loss_aversion ?? 0) >= LOSS_FRAME_THRESHOLD) return 'loss';
  if (portrait.framing === 'excess_return' || portrait.topArchetype === 'growth') return 'gain';
  return 'neutral';
}

export function scoreCandidate(portrait: PortraitFacts | null, candidate: CandidateFacts, now: Date): CandidateScore {
  const archetype = archetypeFit(portrait, candidate.targetArchetypes);
  const narrativeFit = portrait?.framing && candidate.narrative ? (portrait.framing === candidate.narrative ? 1 : 0) : 0.3;
  const formatFit = candidate.format === null ? 0.5 : portrait?.format ? (portrait.format === candidate.format ? 1 : 0) : 0.5;
  const lifecycleFit = portrait?.lifecycle && candidate.lifecycleStages.includes(portrait.lifecycle) ? 1 : candidate.lifecycleStages.length === 0 ? 0.5 : 0;
  const ageDays = candidate.approvedAt ? Math.max(0, (now.getTime() - candidate.approvedAt.getTime()) / DAY_MS) : 365;
  const freshness = Math.pow(0.5, ageDays / FRESHNESS_HALF_LIFE_DAYS);
  // Laplace-smoothed open rate, so new content is neither favoured nor buried by tiny counts.
  const engagement = (candidate.openedCount + 1) / (candidate.sentCount + 2);
  const recentlySent = candidate.lastSentToClientAt !== null && now.getTime() - candidate.lastSentToClientAt.getTime() < RECENTLY_SENT_DAYS * DAY_MS;

  const raw =
    SCORE_WEIGHTS.archetype * archetype.fit +
    SCORE_WEIGHTS.narrative * narrativeFit +
    SCORE_WEIGHTS.format * formatFit +
    SCORE_WEIGHTS.lifecycle * lifecycleFit +
    SCORE_WEIGHTS.freshness * freshness +
    SCORE_WEIGHTS.engagement * engagement;
  const score = Math.round(raw * (recentlySent ? RECENTLY_SENT_FACTOR : 1) * 1000) / 1000;

  const wantedFrame = preferredVariantFraming(portrait);
  const variant =
    candidate.variants.find((v) => v.framing === wantedFrame) ?? candidate.variants.find((v) => v.framing === 'neutral') ?? candidate.variants[0] ?? null;
  return { score, variantId: variant?.id ?? null, reasonZh: reasonOf(portrait, candidate, archetype.matched, narrativeFit === 1, formatFit === 1, variant?.framing ?? null, recentlySent) };
}

/** Weight of the best-matching target archetype relative to the client's strongest one (0–1). */
function archetypeFit(portrait: PortraitFacts | null, targets: readonly Archetype[]): { fit: number; matched: Archetype | null } {
  if (targets.length === 0) return { fit: 0.3, matched: null };
  if (!portrait) return { fit: 0.3, matched: null };
  const weights = portrait.archetypeWeights;
  const strongest = Math.max(0, ...Object.values(weights).map((w) => w ?? 0));
  if (strongest <= 0) return portrait.topArchetype && targets.includes(portrait.topArchetype) ? { fit: 1, matched: portrait.topArchetype } : { fit: 0, matched: null };
  let best: { fit: number; matched: Archetype | null } = { fit: 0, matched: null };
  for (const target of targets) {
    const fit = (weights[target] ?? 0) / strongest;
    if (fit > best.fit) best = { fit, matched: target };
  }
  return best;
}

function reasonOf(
  portrait: PortraitFacts | null,
  candidate: CandidateFacts,
  matched: Archetype | null,
  narrativeMatches: boolean,
  formatMatches: boolean,
  variantFrame: VariantFraming | null,
  recentlySent: boolean,
): string {
  if (!portrait) return recentlySent ? '暂无客户画像，按内容热度推荐；近期已向该客户发送过。' : '暂无客户画像，按内容新鲜度和打开率推荐。';
  const who = matched ? `为${ARCHETYPE_LABELS_ZH[matched]}型客户` : portrait.topArchetype ? `${ARCHETYPE_LABELS_ZH[portrait.topArchetype]}型客户的通用内容，` : '通用内容，';
  const parts = [
    narrativeMatches && candidate.narrative ? `${who}选择${FRAMING_LABELS_ZH[candidate.narrative]}叙事的版本` : matched ? `${who}挑选的内容` : `${who}与画像匹配度一般`,
  ];
  if (formatMatches && candidate.format) parts.push(`${FORMAT_LABELS_ZH[candidate.format]}形式符合客户的阅读偏好`);
  if (variantFrame && candidate.variants.length > 1) parts.push(`选用${VARIANT_LABELS_ZH[variantFrame]}`);
  if (recentlySent) parts.push(`近${RECENTLY_SENT_DAYS}天内已发送过，排序靠后`);
  return `${parts.join('；')}。`;
}
