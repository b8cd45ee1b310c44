import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError } from '../../../common/errors/app-error.js';
import { diffFields, diffLines } from '../content/line-diff.js';
import type { Material } from '../entities/material.entities.js';
import type { ContentKind } from '../library.constants.js';
import { type AnyVersion, ContentStore } from './content-store.js';
import type { ApprovalItemDto, ApprovalPageDto, ApprovalQueueQuery, VersionDiffDto, VersionHistoryDto } from './version-history.dto.js';
import { snapshotOf, type VersionSnapshot } from './version-snapshot.js';
import { staffIdsOf, workflowView } from './version.dto.js';

/** Who wrote a version, who approved it, when, and what changed (DESIGN §3 audit chain). */
@Injectable()
export class VersionHistoryService {
  constructor(
    private readonly store: ContentStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async history(kind: ContentKind, contentId: number): Promise<VersionHistoryDto> {
    await this.store.item(kind, contentId);
    const versions = await this.store.versionsOf(kind, contentId);
    const snapshots = await this.snapshots(kind, versions);
    const names = await this.store.staffNames(versions.flatMap(staffIdsOf));
    const now = this.clock.now();
    const entries = versions.map((version, index) => {
      const previous = index > 0 ? snapshots.get(versions[index - 1]!.id) : undefined;
      const current = snapshots.get(version.id)!;
      return {
        ...workflowView(version, names, now),
        changedFields: previous ? diffFields(previous.fields, current.fields).map((change) => change.field) : [],
        textChanged: previous ? previous.title !== current.title || previous.body !== current.body : false,
      };
    });
    return { kind, contentId, versions: entries.reverse() };
  }

  async diff(kind: ContentKind, versionId: number, againstId: number | undefined): Promise<VersionDiffDto> {
    const to = await this.store.version(kind, versionId);
    const versions = await this.store.versionsOf(kind, to.contentId);
    const from =
      againstId === undefined
        ? ([...versions].reverse().find((version) => version.versionNo < to.versionNo) ?? null)
        : (versions.find((version) => version.id === againstId) ?? null);
    if (againstId !== undefined && from === null) {
      throw new AppError('VALIDATION_FAILED', '对比版本不属于同一内容', [{ field: 'against', errors: ['not a version of this content'] }]);
    }
    const snapshots = await this.snapshots(kind, from ? [from, to] : [to]);
    const after = snapshots.get(to.id)!;
    const before: VersionSnapshot = from ? snapshots.get(from.id)! : { title: '', body: '', fields: {} };
    const ref = (version: AnyVersion) => ({ versionId: version.id, versionNo: version.versionNo, status: version.status });
    return {
      kind,
      contentId: to.contentId,
      from: from ? ref(from) : null,
      to: ref(to),
      fields: diffFields({ title: before.title, ...before.fields }, { title: after.title, ...after.fields }),
      lines: diffLines(joinText(before), joinText(after)),
    };
  }

  /** Review queue across scripts and materials, oldest submission first (first in, first reviewed). */
  async queue(query: ApprovalQueueQuery): Promise<ApprovalPageDto> {
    const status = query.status ?? 'pending';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const kinds: ContentKind[] = query.kind ? [query.kind] : ['script', 'material'];
    const perKind = await Promise.all(
      kinds.map(async (kind) => {
        const qb = this.store.versions(kind).createQueryBuilder('v').where('v.status = :status', { status });
        const [rows, total] = await qb
          .orderBy('v.submitted_at', 'ASC')
          .addOrderBy('v.id', 'ASC')
          .take(page * pageSize)
          .getManyAndCount();
        return { kind, rows: rows as AnyVersion[], total };
      }),
    );
    const merged = perKind
      .flatMap(({ kind, rows }) => rows.map((version) => ({ kind, version })))
      .sort((a, b) => (a.version.submittedAt?.getTime() ?? 0) - (b.version.submittedAt?.getTime() ?? 0) || a.version.id - b.version.id)
      .slice((page - 1) * pageSize, page * pageSize);
    const names = await this.store.staffNames(merged.map(({ version }) => version.submittedBy));
    const items: ApprovalItemDto[] = [];
    for (const { kind, version } of merged) {
      const item = await this.store.item(kind, version.contentId);
      items.push({
        kind,
        contentId: version.contentId,
        versionId: version.id,
        versionNo: version.versionNo,
        title: version.title,
        status: version.status,
        materialType: kind === 'material' ? (item as Material).type : null,
        riskLevel: version.riskLevel,
        isProductRelated: Boolean(version.isProductRelated),
        warningCount: version.screeningHits?.length ?? 0,
        submittedBy: version.submittedBy === null ? null : { id: version.submittedBy, name: names.get(version.submittedBy) ?? null },
        submittedAt: version.submittedAt,
        approvedVersionId: item.approvedVersionId,
      });
    }
    return { items, total: perKind.reduce((sum, { total }) => sum + total, 0) };
  }

  private async snapshots(kind: ContentKind, versions: readonly AnyVersion[]): Promise<Map<number, VersionSnapshot>> {
    const variants = kind === 'material' ? await this.store.variantsOf(versions.map((version) => version.id)) : new Map();
    return new Map(versions.map((version) => [version.id, snapshotOf(kind, version, variants.get(version.id) ?? [])]));
  }
}

function joinText(snapshot: VersionSnapshot): string {
  return snapshot.body.length > 0 ? `${snapshot.title}\n${snapshot.body}` : snapshot.title;
}
