import type { Archetype, ClientRiskLevel } from '@valuelens/contracts';

/*
 * Shapes of the portrait endpoints (server/src/modules/portrait/profile/profile.dto.ts, tags/tags.dto.ts,
 * library/recommend/recommendations.controller.ts). Named after the server's DTO classes so they can be
 * swapped for the generated contracts types once those endpoints are in contracts/openapi.json.
 */

/** ClientHeaderDto: the sidebar's client header; no PII in clear. */
export interface ClientHeaderDto {
  id: number;
  name: string;
  avatar: string | null;
  gender: 'male' | 'female' | null;
  ageBand: string | null;
  riskLevel: ClientRiskLevel | null;
  riskExpiresAt: string | null;
  /** true when the suitability assessment is missing or expired. */
  riskAssessmentExpired: boolean;
  phoneMasked: string | null;
  remark: string | null;
  followedSince: string | null;
}

export interface LabelledDto {
  id: string;
  labelZh: string;
}

export type EvidenceNumber = number | string | boolean | null;

/** The numbers behind a metric or trait, with a label the advisor can read. */
export interface EvidenceDto {
  labelZh: string;
  values: Record<string, EvidenceNumber>;
  /** Ids of the trades, behaviour events and cash flows behind the value. */
  refs: string[];
}

export interface ArchetypeWeightDto {
  archetype: Archetype;
  labelZh: string;
  /** 0–1; all archetypes sum to 1. */
  weight: number;
  /** The features that raised this archetype most. */
  evidence: EvidenceDto;
}

export interface TraitDto {
  trait: string;
  labelZh: string;
  /** 0–100 */
  score: number;
  /** 0–1: share of the trait backed by data. */
  confidence: number;
  evidence: EvidenceDto[];
}

export interface BehaviourMetricDto {
  metric: string;
  labelZh: string;
  value: number | string | null;
  evidence: EvidenceDto;
}

export interface TriggerDto {
  type: 'anxiety' | 'churn_risk' | string;
  suggestion: 'defensive_allocation' | 'retention_call' | string;
  score: number;
  reasonZh: string;
}

export interface TrajectoryPointDto {
  /** yyyy-MM */
  month: string;
  topArchetype: Archetype;
  weights: Record<string, number>;
}

export interface TrajectoryDto {
  /** e.g. 从技术分析派转向价值投资派; empty when stable. */
  textZh: string;
  points: TrajectoryPointDto[];
}

export interface PortraitViewDto {
  summaryZh: string;
  computedAt: string;
  ruleVersion: string;
  lifecycle: LabelledDto;
  valueGroup: LabelledDto;
  framing: LabelledDto;
  format: LabelledDto;
  values: ArchetypeWeightDto[];
  psychology: TraitDto[];
  behaviour: BehaviourMetricDto[];
  triggers: TriggerDto[];
  trajectory: TrajectoryDto | null;
}

export interface ProfileAlertDto {
  kind: string;
  textZh: string;
  at: string;
}

export type TagLayer = 'values' | 'psychology' | 'custom';
export type TagSource = 'computed' | 'manual';

export interface ClientTagDto {
  tagKey: string;
  labelZh: string;
  layer: TagLayer;
  /** manual: set by an advisor and overriding the computed tag. */
  source: TagSource;
  score?: number;
}

export interface AddTagInput {
  tagKey: string;
  labelZh?: string;
  reason: string;
}

/** Why a recommendation cannot be sent right now (a contracts error code and its reason). */
export interface RecommendationBlockDto {
  code: string;
  reasonZh: string;
}

export type ContentKind = 'script' | 'material';

export interface RecommendationDto {
  kind: ContentKind;
  id: number;
  /** The approved version that would be sent. */
  versionId: number;
  title: string;
  reasonZh: string;
  score: number;
  blocked?: RecommendationBlockDto;
}

export type MaterialType = 'article' | 'link' | 'image' | 'file' | 'video' | 'mini_program' | 'poster';

/** GET /api/clients/:id/recommendations items: sendable by score first, blocked ones last with the reason. */
export interface RecommendationItemDto extends RecommendationDto {
  variantId: number | null;
  materialType: MaterialType | null;
}

export interface RecommendationListDto {
  items: RecommendationItemDto[];
}

/** GET /api/sidebar/profile — the sidebar's one request for a client. */
export interface SidebarProfileDto {
  client: ClientHeaderDto;
  portrait: PortraitViewDto;
  tags: ClientTagDto[];
  alerts: ProfileAlertDto[];
  recommendations: RecommendationDto[];
}
