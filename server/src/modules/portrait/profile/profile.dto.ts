import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ARCHETYPES, type Archetype } from '@valuelens/contracts';
import { IntField, TextField } from '../../../common/validation/fields.js';
import { ClientHeaderDto } from '../../clients/dto/client-header.dto.js';
import { ClientTagDto } from '../tags/tags.dto.js';
import { RecommendationDto } from './recommendation-source.js';

/** One of the two identifies the client. */
export class ProfileQuery {
  @TextField({ optional: true, max: 64, description: 'WeCom external_userid of the chat contact' })
  externalUserId?: string;

  @IntField({ optional: true, min: 1, description: 'Client id (admin pages)' }) clientId?: number;
}

export class LabelledDto {
  @ApiProperty() id: string;
  @ApiProperty() labelZh: string;
}

export class EvidenceDto {
  @ApiProperty() labelZh: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The numbers behind the value' }) values: Record<string, unknown>;
  @ApiProperty({ type: [String], description: 'Ids of the trades, behaviour events and cash flows behind the value (capped)' }) refs: string[];
}

export class ArchetypeWeightDto {
  @ApiProperty({ enum: ARCHETYPES }) archetype: Archetype;
  @ApiProperty() labelZh: string;
  @ApiProperty({ description: '0–1; all archetypes sum to 1' }) weight: number;
  @ApiProperty({ type: EvidenceDto, description: 'The features that raised this archetype most' }) evidence: EvidenceDto;
}

export class TraitDto {
  @ApiProperty() trait: string;
  @ApiProperty() labelZh: string;
  @ApiProperty({ description: '0–100' }) score: number;
  @ApiProperty({ description: '0–1: share of the trait backed by data' }) confidence: number;
  @ApiProperty({ type: [EvidenceDto] }) evidence: EvidenceDto[];
}

export class BehaviourMetricDto {
  @ApiProperty() metric: string;
  @ApiProperty() labelZh: string;
  @ApiPropertyOptional({ oneOf: [{ type: 'number' }, { type: 'string' }], nullable: true }) value: number | string | null;
  @ApiProperty({ type: EvidenceDto }) evidence: EvidenceDto;
}

export class TriggerDto {
  @ApiProperty({ enum: ['anxiety', 'churn_risk'] }) type: string;
  @ApiProperty({ enum: ['defensive_allocation', 'retention_call'] }) suggestion: string;
  @ApiProperty() score: number;
  @ApiProperty() reasonZh: string;
}

export class TrajectoryPointDto {
  @ApiProperty({ example: '2026-10' }) month: string;
  @ApiProperty({ enum: ARCHETYPES }) topArchetype: Archetype;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) weights: Record<string, number>;
}

export class TrajectoryDto {
  @ApiProperty({ description: 'e.g. 从技术分析派转向价值投资派; empty when stable' }) textZh: string;
  @ApiProperty({ type: [TrajectoryPointDto] }) points: TrajectoryPointDto[];
}

export class PortraitViewDto {
  @ApiProperty() summaryZh: string;
  @ApiProperty({ format: 'date-time' }) computedAt: string;
  @ApiProperty() ruleVersion: string;
  @ApiProperty({ type: LabelledDto }) lifecycle: LabelledDto;
  @ApiProperty({ type: LabelledDto }) valueGroup: LabelledDto;
  @ApiProperty({ type: LabelledDto }) framing: LabelledDto;
  @ApiProperty({ type: LabelledDto }) format: LabelledDto;
  @ApiProperty({ type: [ArchetypeWeightDto] }) values: ArchetypeWeightDto[];
  @ApiProperty({ type: [TraitDto] }) psychology: TraitDto[];
  @ApiProperty({ type: [BehaviourMetricDto] }) behaviour: BehaviourMetricDto[];
  @ApiProperty({ type: [TriggerDto] }) triggers: TriggerDto[];
  @ApiPropertyOptional({ type: TrajectoryDto, nullable: true }) trajectory: TrajectoryDto | null;
}

/** An open alert (new or seen) of the client; `id` opens it in the alert inbox (/api/alerts/:id/…). */
export class ProfileAlertDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: 'The alert rule key (high_intent, churn_risk, anxiety, cognitive_shift)' }) kind: string;
  @ApiProperty({ example: '焦虑安抚：焦虑指数78，损失厌恶82，持仓回撤20.0%' }) textZh: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class SidebarProfileDto {
  @ApiProperty({ type: ClientHeaderDto }) client: ClientHeaderDto;
  @ApiProperty({ type: PortraitViewDto }) portrait: PortraitViewDto;
  @ApiProperty({ type: [ClientTagDto] }) tags: ClientTagDto[];
  @ApiProperty({ type: [ProfileAlertDto] }) alerts: ProfileAlertDto[];
  @ApiProperty({ type: [RecommendationDto] }) recommendations: RecommendationDto[];
}
