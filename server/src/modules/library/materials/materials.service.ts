import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { CategoriesService } from '../categories/categories.service.js';
import type { Material, MaterialVariant, MaterialVersion } from '../entities/material.entities.js';
import { CONTENT_CURATOR_ROLES, FILE_MEDIA_TYPE, type MaterialType } from '../library.constants.js';
import { UploadsService } from '../media/uploads.service.js';
import { WecomMediaService } from '../media/wecom-media.service.js';
import type { WecomMediaDto } from '../media/uploads.dto.js';
import { ContentListQuery } from '../versions/content-list.query.js';
import { ContentStore } from '../versions/content-store.js';
import type { VersionHistoryDto } from '../versions/version-history.dto.js';
import { VersionHistoryService } from '../versions/version-history.service.js';
import { VersionViews } from '../versions/version-views.js';
import { VersionWriter } from '../versions/version-writer.js';
import { workflowView } from '../versions/version.dto.js';
import { materialFieldsFrom, variantFieldsFrom } from './material-fields.js';
import type { CreateMaterialInput, MaterialDetailDto, MaterialDto, MaterialPageDto, MaterialQuery, MaterialVersionDto, UpdateMaterialInput } from './materials.dto.js';

const FILE_ACCEPTS: Readonly<Partial<Record<MaterialType, (contentType: string) => boolean>>> = {
  image: (type) => type.startsWith('image/'),
  poster: (type) => type.startsWith('image/'),
  file: (type) => type === 'application/pdf',
  video: (type) => type === 'video/mp4',
};

/** The material library (素材): articles, links, files, images, videos, mini-programs, posters. */
@Injectable()
export class MaterialsService {
  constructor(
    private readonly store: ContentStore,
    private readonly writer: VersionWriter,
    private readonly list: ContentListQuery,
    private readonly views: VersionViews,
    private readonly history: VersionHistoryService,
    private readonly categories: CategoriesService,
    private readonly uploads: UploadsService,
    private readonly wecomMedia: WecomMediaService,
    private readonly audit: AuditService,
  ) {}

  async page(actor: Actor, query: MaterialQuery): Promise<MaterialPageDto> {
    const { rows, total } = await this.list.page('material', actor, query);
    const variants = await this.store.variantsOf(rows.map((row) => row.version.id));
    const names = await this.views.names(rows.map((row) => row.version));
    return {
      items: rows.map(({ item, version }) => this.toDto(item as Material, version as MaterialVersion, variants.get(version.id) ?? [], names)),
      total,
    };
  }

  async get(actor: Actor, id: number): Promise<MaterialDetailDto> {
    const item = (await this.store.item('material', id)) as Material;
    const latest = item.latestVersionId === null ? null : ((await this.store.version('material', item.latestVersionId)) as MaterialVersion);
    const approved = item.approvedVersionId === null ? null : ((await this.store.version('material', item.approvedVersionId)) as MaterialVersion);
    const shown = CONTENT_CURATOR_ROLES.has(actor.role) ? latest : approved;
    if (!shown) throw notFound('素材');
    const variants = await this.store.variantsOf([shown.id, ...(approved ? [approved.id] : [])]);
    const names = await this.views.names([latest, approved]);
    return {
      ...this.toDto(item, shown, variants.get(shown.id) ?? [], names),
      approvedVersion: approved ? this.versionDto(approved, variants.get(approved.id) ?? [], names) : null,
    };
  }

  async create(actor: Actor, input: CreateMaterialInput): Promise<MaterialDetailDto> {
    if (input.categoryId) await this.categories.requireOfKind('material', input.categoryId);
    const fields = materialFieldsFrom(input.type, null, input);
    await this.checkFiles(input.type, fields);
    const repo = this.store.items('material');
    const item = await repo.save(repo.create({ type: input.type, categoryId: input.categoryId ?? null, createdBy: actor.staffId } as Partial<Material>));
    await this.audit.record(actor, { action: 'library.material.created', targetType: 'material', targetId: item.id, details: { type: input.type } });
    await this.writer.saveDraft(actor, 'material', item.id, fields, variantFieldsFrom(input) ?? []);
    return this.get(actor, item.id);
  }

  async update(actor: Actor, id: number, input: UpdateMaterialInput): Promise<MaterialDetailDto> {
    const item = (await this.store.item('material', id)) as Material;
    const latest = item.latestVersionId === null ? null : ((await this.store.version('material', item.latestVersionId)) as MaterialVersion);
    const fields = materialFieldsFrom(item.type, latest, input);
    await this.checkFiles(item.type, fields);
    if (input.categoryId !== undefined) {
      if (input.categoryId !== null) await this.categories.requireOfKind('material', input.categoryId);
      await this.store.items('material').update({ id }, { categoryId: input.categoryId });
    }
    await this.writer.saveDraft(actor, 'material', id, fields, variantFieldsFrom(input));
    return this.get(actor, id);
  }

  versions(id: number): Promise<VersionHistoryDto> {
    return this.history.history('material', id);
  }

  /** The WeCom media_id of the material's file in its current approved version, for sendChatMessage. */
  async wecomMediaFor(id: number): Promise<WecomMediaDto> {
    const item = (await this.store.item('material', id)) as Material;
    const mediaType = FILE_MEDIA_TYPE[item.type];
    const approved = item.approvedVersionId === null ? null : ((await this.store.version('material', item.approvedVersionId)) as MaterialVersion);
    if (!mediaType || !approved?.fileKey) throw new AppError('INVALID_STATE', '该素材没有可发送的文件');
    return { ...(await this.wecomMedia.mediaIdFor(approved.fileKey, mediaType)), mediaType };
  }

  private async checkFiles(type: MaterialType, fields: Record<string, unknown>): Promise<void> {
    const asKey = (value: unknown): string | null => (typeof value === 'string' ? value : null);
    await this.uploads.requireKeys([
      { field: 'coverKey', key: asKey(fields.coverKey), accept: (contentType) => contentType.startsWith('image/') },
      { field: 'fileKey', key: asKey(fields.fileKey), accept: FILE_ACCEPTS[type] ?? (() => false) },
    ]);
  }

  private toDto(item: Material, version: MaterialVersion, variants: MaterialVariant[], names: ReadonlyMap<number, string>): MaterialDto {
    return {
      id: item.id,
      type: item.type,
      categoryId: item.categoryId,
      sentCount: item.sentCount,
      openedCount: item.openedCount,
      convertedCount: item.convertedCount,
      latestVersionId: item.latestVersionId,
      approvedVersionId: item.approvedVersionId,
      updatedAt: item.updatedAt,
      version: this.versionDto(version, variants, names),
    };
  }

  private versionDto(version: MaterialVersion, variants: MaterialVariant[], names: ReadonlyMap<number, string>): MaterialVersionDto {
    return {
      ...workflowView(version, names, this.views.now()),
      materialId: version.contentId,
      summary: version.summary,
      coverKey: version.coverKey,
      bodyHtml: version.bodyHtml,
      linkUrl: version.linkUrl,
      fileKey: version.fileKey,
      miniProgram: version.miniProgram,
      productCodes: version.productCodes,
      variants: variants.map(({ id, framing, title, summary, bodyHtml }) => ({ id, framing, title, summary, bodyHtml })),
    };
  }
}
