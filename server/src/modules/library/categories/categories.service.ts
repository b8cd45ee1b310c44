import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { Activity } from '../entities/activity.entity.js';
import { ContentCategory } from '../entities/category.entity.js';
import { Material } from '../entities/material.entities.js';
import { Script } from '../entities/script.entities.js';
import type { CategoryKind } from '../library.constants.js';
import type { CategoryDto, CreateCategoryInput, UpdateCategoryInput } from './categories.dto.js';

const ITEMS_OF_KIND = { script: Script, material: Material, activity: Activity } as const;

/** One category tree per content kind (话术 / 素材 / 活动). */
@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private get repo() {
    return this.dataSource.getRepository(ContentCategory);
  }

  async list(kind: CategoryKind): Promise<CategoryDto[]> {
    const rows = await this.repo.find({ where: { kind }, order: { path: 'ASC', sortOrder: 'ASC' } });
    return rows.map(toDto);
  }

  /** Checks that a category exists and belongs to the kind (a script cannot sit in a material folder). */
  async requireOfKind(kind: CategoryKind, id: number): Promise<void> {
    const row = await this.repo.findOneBy({ id });
    if (!row || row.kind !== kind) throw new AppError('VALIDATION_FAILED', '分类不存在或类型不符', [{ field: 'categoryId', errors: ['unknown category'] }]);
  }

  async create(actor: Actor, input: CreateCategoryInput): Promise<CategoryDto> {
    const parent = input.parentId === undefined ? null : await this.repo.findOneBy({ id: input.parentId });
    if (input.parentId !== undefined && (!parent || parent.kind !== input.kind)) throw notFound('上级分类');
    const saved = await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ContentCategory);
      const row = await repo.save(repo.create({ kind: input.kind, name: input.name.trim(), parentId: parent?.id ?? null, path: '', sortOrder: input.sortOrder ?? 0 }));
      row.path = `${parent?.path ?? '/'}${row.id}/`;
      await repo.update({ id: row.id }, { path: row.path });
      return row;
    });
    await this.audit.record(actor, { action: 'library.category.created', targetType: 'content_category', targetId: saved.id, details: { kind: saved.kind, name: saved.name } });
    return toDto(saved);
  }

  async update(actor: Actor, id: number, input: UpdateCategoryInput): Promise<CategoryDto> {
    const row = await this.repo.findOneBy({ id });
    if (!row) throw notFound('分类');
    if (input.name !== undefined) row.name = input.name.trim();
    if (input.sortOrder !== undefined) row.sortOrder = input.sortOrder;
    const saved = await this.repo.save(row);
    await this.audit.record(actor, { action: 'library.category.updated', targetType: 'content_category', targetId: id, details: { ...input } });
    return toDto(saved);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    const row = await this.repo.findOneBy({ id });
    if (!row) throw notFound('分类');
    const children = await this.repo.countBy({ parentId: id });
    const items = await this.dataSource.getRepository<{ categoryId: number | null }>(ITEMS_OF_KIND[row.kind]).countBy({ categoryId: id });
    if (children > 0 || items > 0) throw new AppError('INVALID_STATE', '分类下还有子分类或内容，不能删除', { children, items });
    await this.repo.delete({ id });
    await this.audit.record(actor, { action: 'library.category.deleted', targetType: 'content_category', targetId: id, details: { name: row.name } });
  }
}

function toDto(row: ContentCategory): CategoryDto {
  return { id: row.id, kind: row.kind, name: row.name, parentId: row.parentId, path: row.path, sortOrder: row.sortOrder };
}
