import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { CategoriesService } from '../categories/categories.service.js';
import { LIKE_ESCAPE, likeContains, normalizeSearchText } from '../content/search-text.js';
import { Activity } from '../entities/activity.entity.js';
import { Material } from '../entities/material.entities.js';
import { Script } from '../entities/script.entities.js';
import type { ActivityDto, ActivityInput, ActivityPageDto, ActivityQuery, CreateActivityInput } from './activities.dto.js';

/** The activity library (活动库): a period, a description and a package of library content. */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectRepository(Activity) private readonly activities: Repository<Activity>,
    @InjectRepository(Script) private readonly scripts: Repository<Script>,
    @InjectRepository(Material) private readonly materials: Repository<Material>,
    private readonly categories: CategoriesService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async page(query: ActivityQuery): Promise<ActivityPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const qb = this.activities.createQueryBuilder('a');
    if (query.q) qb.andWhere(`a.search_text LIKE :q ESCAPE '${LIKE_ESCAPE}'`, { q: likeContains(query.q) });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.categoryId) qb.andWhere('a.category_id = :categoryId', { categoryId: query.categoryId });
    if (query.current === 'true') qb.andWhere('a.starts_at <= :now AND a.ends_at > :now', { now: this.clock.now() });
    const [rows, total] = await qb.orderBy('a.starts_at', 'DESC').addOrderBy('a.id', 'DESC').skip((page - 1) * pageSize).take(pageSize).getManyAndCount();
    return { items: rows.map((row) => this.toDto(row)), total };
  }

  async get(id: number): Promise<ActivityDto> {
    return this.toDto(await this.require(id));
  }

  async create(actor: Actor, input: CreateActivityInput): Promise<ActivityDto> {
    const activity = this.activities.create({ description: '', scriptIds: [], materialIds: [], segmentId: null, segmentFilter: null, categoryId: null, status: 'active', createdBy: actor.staffId });
    const saved = await this.apply(activity, input);
    await this.audit.record(actor, { action: 'library.activity.created', targetType: 'activity', targetId: saved.id, details: { name: saved.name } });
    return this.toDto(saved);
  }

  async update(actor: Actor, id: number, input: ActivityInput): Promise<ActivityDto> {
    const saved = await this.apply(await this.require(id), input);
    await this.audit.record(actor, { action: 'library.activity.updated', targetType: 'activity', targetId: id, details: { fields: Object.keys(input) } });
    return this.toDto(saved);
  }

  private async apply(activity: Activity, input: ActivityInput): Promise<Activity> {
    Object.assign(
      activity,
      Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
    );
    if (activity.endsAt.getTime() <= activity.startsAt.getTime()) {
      throw new AppError('VALIDATION_FAILED', '活动结束时间必须晚于开始时间', [{ field: 'endsAt', errors: ['must be after startsAt'] }]);
    }
    if (input.categoryId) await this.categories.requireOfKind('activity', input.categoryId);
    await this.requireContent(activity.scriptIds, activity.materialIds);
    activity.searchText = normalizeSearchText(activity.name, activity.description);
    return this.activities.save(activity);
  }

  private async requireContent(scriptIds: number[], materialIds: number[]): Promise<void> {
    const [scripts, materials] = await Promise.all([
      scriptIds.length ? this.scripts.countBy({ id: In(scriptIds) }) : 0,
      materialIds.length ? this.materials.countBy({ id: In(materialIds) }) : 0,
    ]);
    if (scripts !== new Set(scriptIds).size || materials !== new Set(materialIds).size) {
      throw new AppError('VALIDATION_FAILED', '内容包中有不存在的话术或素材', [{ field: 'scriptIds/materialIds', errors: ['unknown content id'] }]);
    }
  }

  private async require(id: number): Promise<Activity> {
    const activity = await this.activities.findOneBy({ id });
    if (!activity) throw notFound('活动');
    return activity;
  }

  private toDto(row: Activity): ActivityDto {
    const now = this.clock.now().getTime();
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      categoryId: row.categoryId,
      scriptIds: row.scriptIds,
      materialIds: row.materialIds,
      segmentId: row.segmentId,
      segmentFilter: row.segmentFilter,
      status: row.status,
      inProgress: row.status === 'active' && row.startsAt.getTime() <= now && now < row.endsAt.getTime(),
      updatedAt: row.updatedAt,
    };
  }
}
