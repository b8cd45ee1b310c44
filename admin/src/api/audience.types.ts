import type { Archetype, ClientRiskLevel } from '@valuelens/contracts';

/*
 * Clients, portraits, rules and segments, mirroring server/src/modules/{clients,portrait,segments,feed,client-data}
 * response DTOs.
 */

export interface ClientHeader {
  id: number;
  name: string;
  avatar: string | null;
  gender: 'male' | 'female' | null;
  ageBand: string | null;
  riskLevel: ClientRiskLevel | null;
  riskExpiresAt: string | null;
  riskAssessmentExpired: boolean;
  phoneMasked: string | null;
  remark: string | null;
  followedSince: string | null;
}

export interface Labelled {
  id: string;
  labelZh: string;
}

export interface Evidence {
  labelZh: string;
  values: Record<string, unknown>;
}

export interface PortraitTrait {
  trait: string;
  labelZh: string;
  score: number;
  confidence: number;
  evidence: Evidence[];
}

export interface BehaviourMetric {
  metric: string;
  labelZh: string;
  value: number | string | null;
  evidence: Evidence;
}

export interface PortraitView {
  summaryZh: string;
  computedAt: string;
  ruleVersion: string;
  lifecycle: Labelled;
  valueGroup: Labelled;
  framing: Labelled;
  format: Labelled;
  values: { archetype: Archetype; labelZh: string; weight: number }[];
  psychology: PortraitTrait[];
  behaviour: BehaviourMetric[];
  triggers: { type: string; suggestion: string; score: number; reasonZh: string }[];
  trajectory: { textZh: string; points: { month: string; topArchetype: Archetype; weights: Record<string, number> }[] } | null;
}

export interface ClientTag {
  tagKey: string;
  labelZh: string;
  layer: string;
  source: 'manual' | 'computed';
  score?: number;
}

export interface TagHistoryEntry {
  tagKey: string;
  action: 'add' | 'remove';
  source: string;
  actorId: number | null;
  actorName: string | null;
  reason: string | null;
  createdAt: string;
}

export interface ClientProfile {
  client: ClientHeader;
  portrait: PortraitView;
  tags: ClientTag[];
  alerts: { kind: string; textZh: string; at: string }[];
  recommendations: { kind: 'script' | 'material'; id: number; versionId: number; title: string; reasonZh: string; score: number }[];
}

export interface FeedItem {
  id: number;
  clientId: number;
  clientName: string;
  staffId: number | null;
  type: string;
  occurredAt: string;
  updatedAt: string;
  textZh: string;
  data: Record<string, unknown>;
}

export interface FeedPage {
  items: FeedItem[];
  nextBefore: string | null;
}

export const REVEALABLE_FIELDS = ['phone', 'idNo', 'customerNo'] as const;
export type RevealableField = (typeof REVEALABLE_FIELDS)[number];

export interface RuleVersion {
  version: string;
  changeNote: string;
  createdBy: number | null;
  createdAt: string;
  active: boolean;
}

export interface PortraitRules {
  version: string;
  /** The active RuleSet (server portrait/engine/rules.ts), edited by path. */
  rules: Record<string, unknown>;
  changelog: RuleVersion[];
}

export interface RulesPreview {
  basis: 'all' | 'sample';
  totalClients: number;
  compared: number;
  topArchetypeChanged: number;
  lifecycleChanged: number;
  activeVersion: string;
}

/** The segment filter language: `{and}` | `{or}` | `{not}` | `{field, op, value}` | `{tag, minScore?, source?}`. */
export type SegmentFilter =
  | { and: SegmentFilter[] }
  | { or: SegmentFilter[] }
  | { not: SegmentFilter }
  | { field: string; op: FilterOp; value: FilterValue }
  | { tag: string; minScore?: number; source?: 'manual' | 'computed' };

export const FILTER_OPS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'between', 'contains'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];
export type FilterValue = string | number | (string | number)[];

export interface Segment {
  id: number;
  name: string;
  description: string | null;
  filter: SegmentFilter;
  createdBy: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface SegmentClient {
  id: number;
  name: string;
  gender: string | null;
  ageBand: string | null;
  riskLevel: string | null;
  phoneMasked: string | null;
  topArchetype: string | null;
  lifecycle: string | null;
  valueGroup: string | null;
}

export interface SegmentClientPage {
  total: number;
  page: number;
  pageSize: number;
  items: SegmentClient[];
}
