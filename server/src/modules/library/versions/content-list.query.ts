import { Inject, Injectable } from '@nestjs/common';
import type { Archetype } from '@valuelens/contracts';
import { In } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import type { ContentVersionStatus } from '../../compliance/rules/sendability.js';
import { LIKE_ESCAPE, likeContains } from '../content/search-text.js';
import { CONTENT_CURATOR_ROLES, type ContentKind, type MaterialType } from '../library.constants.js';
import { type AnyItem, type AnyVersion, ContentStore } from './content-store.js';

export interface ContentListFilter {
  q?: string;
  categoryId?: number;
  status?: ContentVersionStatus;
  archetype?: Archetype;
  type?: MaterialType;
  page?: number;
  pageSize?: number;
}

/** Roles that curate or review content see the newest version; everyone else only approved, valid ones. */
/**
 * Server-paged library lists with search (`q`, see content/search-text.ts) and filters. Items are
 * joined with one version each: the newest for curators, the current approved one for advisors.
 */
@Injectable()
export class ContentListQuery {
  constructor(
    private readonly store: ContentStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async page(kind: ContentKind, actor: Actor, filter: ContentListFilter): Promise<{ rows: { item: AnyItem; version: AnyVersion }[]; total: number }> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 20;
    const curator = CONTENT_CURATOR_ROLES.has(actor.role);
    const itemTable = kind === 'script' ? 'scripts' : 'materials';
    const versionTable = kind === 'script' ? 'script_versions' : 'material_versions';
    const qb = this.store.dataSource
      .createQueryBuilder()
      .from(itemTable, 'i')
      .innerJoin(versionTable, 'v', curator ? 'v.id = i.latest_version_id' : 'v.id = i.approved_version_id');
    if (!curator) {
      qb.andWhere("v.status = 'approved' AND (v.valid_until IS NULL OR v.valid_until > :now)", { now: this.clock.now() });
    }
    if (filter.q) qb.andWhere(`v.search_text LIKE :q ESCAPE '${LIKE_ESCAPE}'`, { q: likeContains(filter.q) });
    if (filter.status) qb.andWhere('v.status = :status', { status: filter.status });
    if (filter.archetype) qb.andWhere('v.target_archetypes LIKE :archetype', { archetype: `%"${filter.archetype}"%` });
    if (filter.type && kind === 'material') qb.andWhere('i.type = :type', { type: filter.type });
    if (filter.categoryId !== undefined) {
      qb.andWhere(
        `i.category_id IN (SELECT sub.id FROM content_categories sub, content_categories root
          WHERE root.id = :categoryId AND sub.kind = root.kind AND sub.path LIKE ${concatPercent(this.store.dataSource.options.type)})`,
        { categoryId: filter.categoryId },
      );
    }
    const count = await qb.clone().select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
    const ids = await qb
      .select('i.id', 'itemId')
      .addSelect('v.id', 'versionId')
      .orderBy('i.updated_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getRawMany<{ itemId: number; versionId: number }>();
    const items = new Map((await this.store.items(kind).findBy({ id: In(ids.map((row) => Number(row.itemId))) })).map((item) => [item.id, item as AnyItem]));
    const versions = new Map((await this.store.versions(kind).findBy({ id: In(ids.map((row) => Number(row.versionId))) })).map((v) => [v.id, v as AnyVersion]));
    const rows = ids.flatMap((row) => {
      const item = items.get(Number(row.itemId));
      const version = versions.get(Number(row.versionId));
      return item && version ? [{ item, version }] : [];
    });
    return { rows, total: Number(count?.n ?? 0) };
  }
}

/** `root.path || '%'`: string concatenation differs between SQLite and MySQL. */
function concatPercent(type: string): string {
  return type === 'mysql' ? "CONCAT(root.path, '%')" : "(root.path || '%')";
}
