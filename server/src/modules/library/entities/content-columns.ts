import type { Archetype, ProductRiskLevel } from '@valuelens/contracts';
import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../../database/timestamps.js';
import type { DisclaimerContentType } from '../../compliance/rules/disclaimers.js';
import type { ScreeningHit } from '../../compliance/rules/screening/screening.types.js';
import type { ContentVersionStatus } from '../../compliance/rules/sendability.js';
import type { LifecycleStage } from '../../portrait/engine/derive/lifecycle.js';
import type { ContentNarrative } from '../library.constants.js';

/**
 * Columns shared by scripts and materials (the versioned content kinds). The item row carries what
 * does not change with an edit (category, usage statistics, pointers to its versions); every edit of
 * the wording or tagging is a new version row that goes through approval (DESIGN §3).
 */
export abstract class ContentItemColumns {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'category_id', type: 'int', nullable: true }) categoryId: number | null;
  @Column({ name: 'latest_version_id', type: 'int', nullable: true }) latestVersionId: number | null;
  @Column({ name: 'latest_version_no', type: 'int', default: 0 }) latestVersionNo: number;
  /** The newest approved version (set on approval, cleared on retirement); sending re-checks validity. */
  @Column({ name: 'approved_version_id', type: 'int', nullable: true }) approvedVersionId: number | null;
  /** Usage and effect counters, maintained by outreach (sent) and tracking (opened, converted). */
  @Column({ name: 'sent_count', type: 'int', default: 0 }) sentCount: number;
  @Column({ name: 'opened_count', type: 'int', default: 0 }) openedCount: number;
  @Column({ name: 'converted_count', type: 'int', default: 0 }) convertedCount: number;
  @Column({ name: 'created_by', type: 'int' }) createdBy: number;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}

export abstract class ContentVersionColumns {
  @PrimaryGeneratedColumn() id: number;
  /** The script or material id (column script_id / material_id in the concrete entity). */
  abstract contentId: number;
  @Column({ name: 'version_no', type: 'int' }) versionNo: number;
  @Column({ type: 'varchar', length: 16 }) status: ContentVersionStatus;
  @Column({ type: 'varchar', length: 200 }) title: string;
  @Column({ name: 'target_archetypes', type: 'simple-json' }) targetArchetypes: Archetype[];
  @Column({ name: 'lifecycle_stages', type: 'simple-json' }) lifecycleStages: LifecycleStage[];
  @Column({ type: 'varchar', length: 32, nullable: true }) framing: ContentNarrative | null;
  @Column({ name: 'risk_level', type: 'varchar', length: 2, nullable: true }) riskLevel: ProductRiskLevel | null;
  @Column({ name: 'is_product_related', type: 'boolean', default: false }) isProductRelated: boolean;
  @Column({ type: 'simple-json' }) tags: string[];
  @Column({ name: 'disclaimer_type', type: 'varchar', length: 32, nullable: true }) disclaimerType: DisclaimerContentType | null;
  @Column({ name: 'valid_from', type: 'datetime', precision: 3, nullable: true }) validFrom: Date | null;
  @Column({ name: 'valid_until', type: 'datetime', precision: 3, nullable: true }) validUntil: Date | null;
  /** Normalised title + text for `?q=` search (see content/search-text.ts). */
  @Column({ name: 'search_text', type: 'text' }) searchText: string;
  /** Warn-level screening hits found at submission, shown to the reviewer. */
  @Column({ name: 'screening_hits', type: 'simple-json', nullable: true }) screeningHits: ScreeningHit[] | null;
  @Column({ name: 'created_by', type: 'int' }) createdBy: number;
  @Column({ name: 'submitted_by', type: 'int', nullable: true }) submittedBy: number | null;
  @Column({ name: 'submitted_at', type: 'datetime', precision: 3, nullable: true }) submittedAt: Date | null;
  @Column({ name: 'reviewed_by', type: 'int', nullable: true }) reviewedBy: number | null;
  @Column({ name: 'reviewed_at', type: 'datetime', precision: 3, nullable: true }) reviewedAt: Date | null;
  @Column({ name: 'review_comment', type: 'varchar', length: 500, nullable: true }) reviewComment: string | null;
  @Column({ name: 'approved_by', type: 'int', nullable: true }) approvedBy: number | null;
  @Column({ name: 'approved_at', type: 'datetime', precision: 3, nullable: true }) approvedAt: Date | null;
  @Column({ name: 'retired_by', type: 'int', nullable: true }) retiredBy: number | null;
  @Column({ name: 'retired_at', type: 'datetime', precision: 3, nullable: true }) retiredAt: Date | null;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
