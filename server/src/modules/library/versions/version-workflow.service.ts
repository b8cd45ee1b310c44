import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError } from '../../../common/errors/app-error.js';
import type { ContentVersionStatus } from '../../compliance/rules/sendability.js';
import { ScreeningService } from '../../compliance/screening/screening.service.js';
import { unknownTemplateVariables } from '../content/template-filler.js';
import { SendableContentService } from '../send/sendable-content.service.js';
import type { ContentKind } from '../library.constants.js';
import { type AnyVersion, ContentStore } from './content-store.js';
import { screeningTextOf, snapshotOf } from './version-snapshot.js';

export interface ApproveInput {
  comment?: string;
  /** Compliance may set or shorten the validity window on approval. */
  validUntil?: Date;
}

/**
 * Approval before send (DESIGN §3): draft → pending → approved | rejected → retired | expired. Every
 * transition is a conditional UPDATE on the expected status (two reviewers cannot both win) and is
 * audited. Expiry itself needs no transition: sendability checks valid_until at send time.
 */
@Injectable()
export class VersionWorkflowService {
  constructor(
    private readonly store: ContentStore,
    private readonly screening: ScreeningService,
    private readonly audit: AuditService,
    private readonly sendable: SendableContentService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async submit(actor: Actor, kind: ContentKind, versionId: number): Promise<AnyVersion> {
    const version = await this.store.version(kind, versionId);
    requireStatus(version, 'draft');
    const variants = kind === 'material' ? ((await this.store.variantsOf([version.id])).get(version.id) ?? []) : [];
    const snapshot = snapshotOf(kind, version, variants);
    this.validateForReview(kind, version, `${snapshot.title}\n${snapshot.body}`);

    const result = await this.screening.screen(screeningTextOf(snapshot));
    if (result.verdict === 'block') {
      await this.audit.record(actor, { action: 'library.version.submit_blocked', targetType: `${kind}_version`, targetId: versionId, details: { hits: result.hits.filter((hit) => hit.level === 'block').map((hit) => hit.term) } });
      throw new AppError('SCREENING_BLOCKED', '内容包含禁用表述，请修改后再提交审批', { hits: result.hits });
    }
    const warnings = result.hits.filter((hit) => hit.level === 'warn');
    await this.transition(kind, version, 'draft', {
      status: 'pending',
      submittedBy: actor.staffId,
      submittedAt: this.clock.now(),
      screeningHits: warnings,
    });
    await this.audit.record(actor, { action: 'library.version.submitted', targetType: `${kind}_version`, targetId: versionId, details: { contentId: version.contentId, versionNo: version.versionNo, warnings: warnings.map((hit) => hit.term) } });
    return this.store.version(kind, versionId);
  }

  async approve(actor: Actor, kind: ContentKind, versionId: number, input: ApproveInput): Promise<AnyVersion> {
    const version = await this.store.version(kind, versionId);
    requireStatus(version, 'pending');
    // Four-eyes principle: whoever wrote or submitted a version cannot be the one who approves it.
    if (version.submittedBy === actor.staffId || version.createdBy === actor.staffId) {
      throw new AppError('SELF_APPROVAL_FORBIDDEN', '提交人不能审批自己提交的内容，请由其他合规人员审批');
    }
    const now = this.clock.now();
    if (input.validUntil && input.validUntil.getTime() <= now.getTime()) {
      throw new AppError('VALIDATION_FAILED', '有效期截止时间必须晚于当前时间', [{ field: 'validUntil', errors: ['must be in the future'] }]);
    }
    await this.store.dataSource.transaction(async (manager) => {
      await this.transition(
        kind,
        version,
        'pending',
        {
          status: 'approved',
          reviewedBy: actor.staffId,
          reviewedAt: now,
          reviewComment: input.comment ?? null,
          approvedBy: actor.staffId,
          approvedAt: now,
          ...(input.validUntil ? { validUntil: input.validUntil } : {}),
        },
        manager,
      );
      await this.refreshApprovedPointer(kind, version.contentId, manager);
    });
    this.sendable.invalidate(kind);
    await this.audit.record(actor, { action: 'library.version.approved', targetType: `${kind}_version`, targetId: versionId, details: { contentId: version.contentId, versionNo: version.versionNo, comment: input.comment ?? null, validUntil: (input.validUntil ?? version.validUntil)?.toISOString() ?? null } });
    return this.store.version(kind, versionId);
  }

  async reject(actor: Actor, kind: ContentKind, versionId: number, comment: string): Promise<AnyVersion> {
    const version = await this.store.version(kind, versionId);
    requireStatus(version, 'pending');
    await this.transition(kind, version, 'pending', { status: 'rejected', reviewedBy: actor.staffId, reviewedAt: this.clock.now(), reviewComment: comment });
    await this.audit.record(actor, { action: 'library.version.rejected', targetType: `${kind}_version`, targetId: versionId, details: { contentId: version.contentId, versionNo: version.versionNo, comment } });
    return this.store.version(kind, versionId);
  }

  /** Takes an approved version out of use (下架); nothing older comes back on its own. */
  async retire(actor: Actor, kind: ContentKind, versionId: number, reason: string | undefined): Promise<AnyVersion> {
    const version = await this.store.version(kind, versionId);
    requireStatus(version, 'approved');
    await this.store.dataSource.transaction(async (manager) => {
      await this.transition(kind, version, 'approved', { status: 'retired', retiredBy: actor.staffId, retiredAt: this.clock.now() }, manager);
      await this.refreshApprovedPointer(kind, version.contentId, manager);
    });
    this.sendable.invalidate(kind);
    await this.audit.record(actor, { action: 'library.version.retired', targetType: `${kind}_version`, targetId: versionId, details: { contentId: version.contentId, versionNo: version.versionNo, reason: reason ?? null } });
    return this.store.version(kind, versionId);
  }

  private validateForReview(kind: ContentKind, version: AnyVersion, text: string): void {
    const problems: { field: string; errors: string[] }[] = [];
    const unknown = kind === 'script' ? unknownTemplateVariables(text) : [];
    if (unknown.length > 0) problems.push({ field: 'body', errors: unknown.map((name) => `未知变量 {{${name}}}`) });
    if (version.isProductRelated && version.riskLevel === null) problems.push({ field: 'riskLevel', errors: ['产品类内容必须标注风险等级 R1–R5'] });
    if (version.disclaimerType === 'research_report' && version.validUntil === null) problems.push({ field: 'validUntil', errors: ['研究报告必须设置有效期'] });
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems.flatMap((p) => p.errors).join('；'), problems);
  }

  private async transition(kind: ContentKind, version: AnyVersion, from: ContentVersionStatus, changes: Record<string, unknown>, manager?: EntityManager): Promise<void> {
    const result = await this.store
      .versions(kind, manager)
      .createQueryBuilder()
      .update()
      .set(changes)
      .where('id = :id AND status = :from', { id: version.id, from })
      .execute();
    if (result.affected !== 1) throw new AppError('INVALID_STATE', '该版本状态已变化，请刷新后重试');
  }

  /** items.approved_version_id = the highest-numbered version currently approved (for listings). */
  private async refreshApprovedPointer(kind: ContentKind, contentId: number, manager: EntityManager): Promise<void> {
    const column = kind === 'script' ? 'script_id' : 'material_id';
    const newest = await this.store
      .versions(kind, manager)
      .createQueryBuilder('v')
      .select('v.id', 'id')
      .where(`v.${column} = :contentId AND v.status = 'approved'`, { contentId })
      .orderBy('v.version_no', 'DESC')
      .limit(1)
      .getRawOne<{ id: number }>();
    await this.store.items(kind, manager).update({ id: contentId }, { approvedVersionId: newest ? Number(newest.id) : null });
  }
}

function requireStatus(version: AnyVersion, expected: ContentVersionStatus): void {
  if (version.status !== expected) {
    throw new AppError('INVALID_STATE', `该版本当前状态为${STATUS_LABELS[version.status]}，不能执行此操作`, { status: version.status, expected });
  }
}

export const STATUS_LABELS: Record<ContentVersionStatus, string> = {
  draft: '草稿',
  pending: '待审批',
  approved: '已通过',
  rejected: '已驳回',
  retired: '已下架',
  expired: '已过期',
};
