import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, type Repository } from 'typeorm';
import { notFound } from '../../../common/errors/app-error.js';
import { Staff } from '../../org/staff.entity.js';
import type { ContentItemColumns, ContentVersionColumns } from '../entities/content-columns.js';
import { Material, MaterialVariant, MaterialVersion } from '../entities/material.entities.js';
import { Script, ScriptVersion } from '../entities/script.entities.js';
import type { ContentKind } from '../library.constants.js';

export type AnyVersion = ScriptVersion | MaterialVersion;
export type AnyItem = Script | Material;

const ENTITIES = {
  script: { item: Script, version: ScriptVersion, label: '话术' },
  material: { item: Material, version: MaterialVersion, label: '素材' },
} as const;

/** Repository access for both versioned content kinds, so the workflow is written once. */
@Injectable()
export class ContentStore {
  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  label(kind: ContentKind): string {
    return ENTITIES[kind].label;
  }

  items(kind: ContentKind, manager: EntityManager = this.dataSource.manager): Repository<ContentItemColumns> {
    return manager.getRepository<ContentItemColumns>(ENTITIES[kind].item);
  }

  versions(kind: ContentKind, manager: EntityManager = this.dataSource.manager): Repository<ContentVersionColumns> {
    return manager.getRepository<ContentVersionColumns>(ENTITIES[kind].version);
  }

  async item(kind: ContentKind, id: number, manager?: EntityManager): Promise<AnyItem> {
    const item = await this.items(kind, manager).findOneBy({ id });
    if (!item) throw notFound(this.label(kind));
    return item as AnyItem;
  }

  async version(kind: ContentKind, versionId: number, manager?: EntityManager): Promise<AnyVersion> {
    const version = await this.versions(kind, manager).findOneBy({ id: versionId });
    if (!version) throw notFound(`${this.label(kind)}版本`);
    return version as AnyVersion;
  }

  async versionsOf(kind: ContentKind, contentId: number): Promise<AnyVersion[]> {
    const column = kind === 'script' ? 'script_id' : 'material_id';
    return (await this.versions(kind)
      .createQueryBuilder('v')
      .where(`v.${column} = :contentId`, { contentId })
      .orderBy('v.version_no', 'ASC')
      .getMany()) as AnyVersion[];
  }

  async variantsOf(versionIds: readonly number[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, MaterialVariant[]>> {
    const byVersion = new Map<number, MaterialVariant[]>();
    if (versionIds.length === 0) return byVersion;
    const rows = await manager.getRepository(MaterialVariant).find({ where: { materialVersionId: In([...versionIds]) }, order: { id: 'ASC' } });
    for (const row of rows) byVersion.set(row.materialVersionId, [...(byVersion.get(row.materialVersionId) ?? []), row]);
    return byVersion;
  }

  /** Staff names for the history ("who wrote it, who approved it"). */
  async staffNames(ids: readonly (number | null)[]): Promise<Map<number, string>> {
    const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(Staff).find({ select: { id: true, name: true }, where: { id: In(wanted) } });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
