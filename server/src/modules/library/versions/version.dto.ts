import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ARCHETYPES, PRODUCT_RISK_LEVELS, type Archetype, type ProductRiskLevel } from '@valuelens/contracts';
import { DISCLAIMER_CONTENT_TYPES, type DisclaimerContentType } from '../../compliance/rules/disclaimers.js';
import { CONTENT_VERSION_STATUSES, type ContentVersionStatus } from '../../compliance/rules/sendability.js';
import { ScreeningHitDto } from '../../compliance/screening/lexicon.dto.js';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../../portrait/engine/derive/lifecycle.js';
import type { ContentVersionColumns } from '../entities/content-columns.js';
import { CONTENT_NARRATIVES, type ContentNarrative } from '../library.constants.js';

export class StaffRefDto {
  @ApiProperty() id: number;
  @ApiPropertyOptional({ type: String, nullable: true }) name: string | null;
}

/** The fields every script and material version shows, with who did what and when. */
export class VersionWorkflowDto {
  @ApiProperty() id: number;
  @ApiProperty() versionNo: number;
  @ApiProperty({ enum: CONTENT_VERSION_STATUSES }) status: ContentVersionStatus;
  @ApiProperty({ enum: CONTENT_VERSION_STATUSES, description: 'status, with an approved version past valid_until shown as expired' })
  effectiveStatus: ContentVersionStatus;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ARCHETYPES, isArray: true }) targetArchetypes: Archetype[];
  @ApiProperty({ enum: LIFECYCLE_STAGES, isArray: true }) lifecycleStages: LifecycleStage[];
  @ApiPropertyOptional({ enum: CONTENT_NARRATIVES, nullable: true }) framing: ContentNarrative | null;
  @ApiPropertyOptional({ enum: PRODUCT_RISK_LEVELS, nullable: true }) riskLevel: ProductRiskLevel | null;
  @ApiProperty() isProductRelated: boolean;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiPropertyOptional({ enum: DISCLAIMER_CONTENT_TYPES, nullable: true }) disclaimerType: DisclaimerContentType | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) validFrom: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) validUntil: Date | null;
  @ApiProperty({ type: [ScreeningHitDto], description: '提交时发现的提示级用语' }) screeningHits: ScreeningHitDto[];
  @ApiProperty({ type: StaffRefDto }) createdBy: StaffRefDto;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ type: StaffRefDto, nullable: true }) submittedBy: StaffRefDto | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiPropertyOptional({ type: StaffRefDto, nullable: true }) reviewedBy: StaffRefDto | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) reviewedAt: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reviewComment: string | null;
  @ApiPropertyOptional({ type: StaffRefDto, nullable: true }) approvedBy: StaffRefDto | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) approvedAt: Date | null;
  @ApiPropertyOptional({ type: StaffRefDto, nullable: true }) retiredBy: StaffRefDto | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) retiredAt: Date | null;
}

export function staffIdsOf(version: ContentVersionColumns): (number | null)[] {
  return [version.createdBy, version.submittedBy, version.reviewedBy, version.approvedBy, version.retiredBy];
}

export function workflowView(version: ContentVersionColumns, names: ReadonlyMap<number, string>, now: Date): VersionWorkflowDto {
  const ref = (id: number | null): StaffRefDto | null => (id === null ? null : { id, name: names.get(id) ?? null });
  const lapsed = version.status === 'approved' && version.validUntil !== null && version.validUntil.getTime() <= now.getTime();
  return {
    id: version.id,
    versionNo: version.versionNo,
    status: version.status,
    effectiveStatus: lapsed ? 'expired' : version.status,
    title: version.title,
    targetArchetypes: version.targetArchetypes,
    lifecycleStages: version.lifecycleStages,
    framing: version.framing,
    riskLevel: version.riskLevel,
    isProductRelated: Boolean(version.isProductRelated),
    tags: version.tags,
    disclaimerType: version.disclaimerType,
    validFrom: version.validFrom,
    validUntil: version.validUntil,
    screeningHits: version.screeningHits ?? [],
    createdBy: ref(version.createdBy) ?? { id: version.createdBy, name: null },
    createdAt: version.createdAt,
    submittedBy: ref(version.submittedBy),
    submittedAt: version.submittedAt,
    reviewedBy: ref(version.reviewedBy),
    reviewedAt: version.reviewedAt,
    reviewComment: version.reviewComment,
    approvedBy: ref(version.approvedBy),
    approvedAt: version.approvedAt,
    retiredBy: ref(version.retiredBy),
    retiredAt: version.retiredAt,
  };
}
