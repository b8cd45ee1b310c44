import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError } from '../../../common/errors/app-error.js';
import type { ContentVersionColumns } from '../entities/content-columns.js';
import { MaterialVariant } from '../entities/material.entities.js';
import type { ContentKind, VariantFraming } from '../library.constants.js';
import { type AnyVersion, ContentStore } from './content-store.js';

/** The editable fields of a version (everything but identity and workflow columns). */
export type VersionFields = Record<string, unknown> & Pick<ContentVersionColumns, 'title' | 'searchText'>;

export interface VariantFields {
  framing: VariantFraming;
  title: string;
  summary: string | null;
  bodyHtml: string | null;
}

/**
 * Every change of wording or tagging becomes a version (DESIGN §3). The newest version, while still a
 * draft nobody has reviewed, is the working copy and is edited in place; once submitted, approved or
 * rejected it is frozen and the next edit starts version n+1.
 */
@Injectable()
export class VersionWriter {
  constructor(
    private readonly store: ContentStore,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async saveDraft(actor: Actor, kind: ContentKind, contentId: number, fields: VersionFields, variants: VariantFields[] | null): Promise<AnyVersion> {
    const { versionId, created } = await this.store.dataSource
      .transaction(async (manager) => {
        const item = await this.store.item(kind, contentId, manager);
        const latest = item.latestVersionId === null ? null : await this.store.version(kind, item.latestVersionId, manager);
        if (latest?.status === 'draft') {
          await this.store.versions(kind, manager).update({ id: latest.id }, fields);
          if (variants) await this.replaceVariants(manager, latest.id, variants);
          await this.store.items(kind, manager).update({ id: contentId }, { updatedAt: this.clock.now() });
          return { versionId: latest.id, created: false };
        }
        const versionNo = item.latestVersionNo + 1;
        const repo = this.store.versions(kind, manager);
        const saved = await repo.save(repo.create({ ...fields, contentId, versionNo, status: 'draft', createdBy: actor.staffId }));
        const carried = variants ?? (latest && kind === 'material' ? await this.currentVariants(manager, latest.id) : []);
        if (kind === 'material') await this.replaceVariants(manager, saved.id, carried);
        const moved = await this.store
          .items(kind, manager)
          .createQueryBuilder()
          .update()
          .set({ latestVersionId: saved.id, latestVersionNo: versionNo })
          .where('id = :id AND latest_version_no = :previous', { id: contentId, previous: item.latestVersionNo })
          .execute();
        if (moved.affected !== 1) throw new AppError('CONFLICT', '内容已被他人修改，请刷新后重试');
        return { versionId: saved.id, created: true };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', '内容已被他人修改，请刷新后重试');
        throw error;
      });
    await this.audit.record(actor, {
      action: created ? 'library.version.created' : 'library.version.draft_updated',
      targetType: `${kind}_version`,
      targetId: versionId,
      details: { contentId },
    });
    return this.store.version(kind, versionId);
  }

  private async currentVariants(manager: EntityManager, versionId: number): Promise<VariantFields[]> {
    const rows = await manager.getRepository(MaterialVariant).find({ where: { materialVersionId: versionId }, order: { id: 'ASC' } });
    return rows.map(({ framing, title, summary, bodyHtml }) => ({ framing, title, summary, bodyHtml }));
  }

  private async replaceVariants(manager: EntityManager, versionId: number, variants: VariantFields[]): Promise<void> {
    const repo = manager.getRepository(MaterialVariant);
    await repo.delete({ materialVersionId: versionId });
    if (variants.length > 0) await repo.insert(variants.map((variant) => ({ ...variant, materialVersionId: versionId })));
  }
}

function isUniqueViolation(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string };
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(message ?? '');
}
