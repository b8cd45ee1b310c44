import { Injectable } from '@nestjs/common';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { notFound } from '../../../common/errors/app-error.js';
import { CategoriesService } from '../categories/categories.service.js';
import { normalizeSearchText } from '../content/search-text.js';
import { templateVariablesIn, TEMPLATE_VARIABLES } from '../content/template-filler.js';
import type { ContentVersionColumns } from '../entities/content-columns.js';
import type { Script, ScriptVersion } from '../entities/script.entities.js';
import { CONTENT_CURATOR_ROLES } from '../library.constants.js';
import { ContentListQuery } from '../versions/content-list.query.js';
import { ContentStore } from '../versions/content-store.js';
import { mergeCommonFields } from '../versions/common-version.input.js';
import { VersionHistoryService } from '../versions/version-history.service.js';
import type { VersionHistoryDto } from '../versions/version-history.dto.js';
import { VersionViews } from '../versions/version-views.js';
import { VersionWriter } from '../versions/version-writer.js';
import { workflowView } from '../versions/version.dto.js';
import type { CreateScriptInput, ScriptDetailDto, ScriptDto, ScriptPageDto, ScriptQuery, ScriptVersionDto, TemplateVariableDto, UpdateScriptInput } from './scripts.dto.js';

/** The script library (话术): HQ writes, compliance approves, advisors send the approved version. */
@Injectable()
export class ScriptsService {
  constructor(
    private readonly store: ContentStore,
    private readonly writer: VersionWriter,
    private readonly list: ContentListQuery,
    private readonly views: VersionViews,
    private readonly history: VersionHistoryService,
    private readonly categories: CategoriesService,
    private readonly audit: AuditService,
  ) {}

  variables(): TemplateVariableDto[] {
    return Object.entries(TEMPLATE_VARIABLES).map(([name, variable]) => ({ name, descriptionZh: variable.descriptionZh, fallback: variable.fallback }));
  }

  async page(actor: Actor, query: ScriptQuery): Promise<ScriptPageDto> {
    const { rows, total } = await this.list.page('script', actor, query);
    const names = await this.views.names(rows.map((row) => row.version));
    return { items: rows.map(({ item, version }) => this.toDto(item as Script, version as ScriptVersion, names)), total };
  }

  async get(actor: Actor, id: number): Promise<ScriptDetailDto> {
    const item = (await this.store.item('script', id)) as Script;
    const curator = CONTENT_CURATOR_ROLES.has(actor.role);
    const latest = item.latestVersionId === null ? null : ((await this.store.version('script', item.latestVersionId)) as ScriptVersion);
    const approved = item.approvedVersionId === null ? null : ((await this.store.version('script', item.approvedVersionId)) as ScriptVersion);
    const shown = curator ? latest : approved;
    if (!shown) throw notFound('话术');
    const names = await this.views.names([latest, approved]);
    return { ...this.toDto(item, shown, names), approvedVersion: approved ? this.versionDto(approved, names) : null };
  }

  async create(actor: Actor, input: CreateScriptInput): Promise<ScriptDetailDto> {
    if (input.categoryId) await this.categories.requireOfKind('script', input.categoryId);
    const repo = this.store.items('script');
    const item = await repo.save(repo.create({ categoryId: input.categoryId ?? null, createdBy: actor.staffId }));
    await this.audit.record(actor, { action: 'library.script.created', targetType: 'script', targetId: item.id });
    await this.writer.saveDraft(actor, 'script', item.id, fieldsFrom(null, input), null);
    return this.get(actor, item.id);
  }

  async update(actor: Actor, id: number, input: UpdateScriptInput): Promise<ScriptDetailDto> {
    const item = await this.store.item('script', id);
    if (input.categoryId !== undefined) {
      if (input.categoryId !== null) await this.categories.requireOfKind('script', input.categoryId);
      await this.store.items('script').update({ id }, { categoryId: input.categoryId });
    }
    const latest = item.latestVersionId === null ? null : ((await this.store.version('script', item.latestVersionId)) as ScriptVersion);
    await this.writer.saveDraft(actor, 'script', id, fieldsFrom(latest, input), null);
    return this.get(actor, id);
  }

  versions(id: number): Promise<VersionHistoryDto> {
    return this.history.history('script', id);
  }

  private toDto(item: Script, version: ScriptVersion, names: ReadonlyMap<number, string>): ScriptDto {
    return {
      id: item.id,
      categoryId: item.categoryId,
      sentCount: item.sentCount,
      openedCount: item.openedCount,
      convertedCount: item.convertedCount,
      latestVersionId: item.latestVersionId,
      approvedVersionId: item.approvedVersionId,
      updatedAt: item.updatedAt,
      version: this.versionDto(version, names),
    };
  }

  private versionDto(version: ScriptVersion, names: ReadonlyMap<number, string>): ScriptVersionDto {
    return {
      ...workflowView(version, names, this.views.now()),
      scriptId: version.contentId,
      body: version.body,
      productName: version.productName,
      variables: templateVariablesIn(`${version.title}\n${version.body}`),
    };
  }
}

function fieldsFrom(previous: ScriptVersion | null, input: UpdateScriptInput): Partial<ScriptVersion> & ContentVersionColumnsFields {
  const common = mergeCommonFields(previous, input);
  const body = input.body ?? previous?.body ?? '';
  return {
    ...common,
    body,
    productName: input.productName !== undefined ? input.productName : (previous?.productName ?? null),
    searchText: normalizeSearchText(common.title, body),
  };
}

type ContentVersionColumnsFields = Pick<ContentVersionColumns, 'title' | 'searchText'>;
