import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../common/clock.js';
import { forbidden, notFound } from '../../common/errors/app-error.js';
import { maskPhone, PiiVault } from '../../common/pii/pii-vault.js';
import type { SaveSegmentDto, SegmentClientDto, SegmentClientPageDto, SegmentDto } from './dto/segments.dto.js';
import { SegmentQuery } from './segment-query.js';
import { Segment } from './segment.entity.js';

const DEFAULT_PAGE_SIZE = 20;
const RESOLVE_MAX = 10_000;
const EDITS_ANY_SEGMENT = new Set(['hq', 'admin']);

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toDto(s: Segment): SegmentDto {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    filter: s.filter,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** Saved audiences and their members, always within the caller's scope. */
@Injectable()
export class SegmentsService {
  constructor(
    @InjectRepository(Segment) private readonly segments: Repository<Segment>,
    private readonly query: SegmentQuery,
    private readonly vault: PiiVault,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async count(actor: Actor, filter: unknown): Promise<number> {
    const qb = await this.query.build(actor, filter);
    const row = await qb.select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
    return Number(row?.n ?? 0);
  }

  /**
   * Client ids matching a filter, ascending, after `afterId` (keyset paging for campaigns: stable while clients are
   * added, and each page is an index range scan rather than an OFFSET).
   */
  async resolveClientIds(actor: Actor, filter: unknown, page: { afterId: number; limit: number }): Promise<number[]> {
    const qb = await this.query.build(actor, filter);
    const rows = await qb
      .select('c.id', 'id')
      .andWhere('c.id > :afterId', { afterId: page.afterId })
      .orderBy('c.id', 'ASC')
      .limit(Math.min(Math.max(1, page.limit), RESOLVE_MAX))
      .getRawMany<{ id: number | string }>();
    return rows.map((r) => Number(r.id));
  }

  async list(): Promise<SegmentDto[]> {
    return (await this.segments.find({ order: { id: 'DESC' } })).map(toDto);
  }

  async get(id: number): Promise<SegmentDto> {
    return toDto(await this.find(id));
  }

  async create(actor: Actor, dto: SaveSegmentDto): Promise<SegmentDto> {
    this.query.parse(dto.filter);
    const now = this.clock.now();
    const saved = await this.segments.save(
      this.segments.create({ name: dto.name, description: dto.description ?? null, filter: dto.filter, createdBy: actor.staffId, createdAt: now, updatedAt: now }),
    );
    return toDto(saved);
  }

  async update(actor: Actor, id: number, dto: SaveSegmentDto): Promise<SegmentDto> {
    const segment = await this.editable(actor, id);
    this.query.parse(dto.filter);
    Object.assign(segment, { name: dto.name, description: dto.description ?? null, filter: dto.filter, updatedAt: this.clock.now() });
    return toDto(await this.segments.save(segment));
  }

  async remove(actor: Actor, id: number): Promise<void> {
    await this.segments.delete({ id: (await this.editable(actor, id)).id });
  }

  async clients(actor: Actor, id: number, pageNo = 1, pageSize = DEFAULT_PAGE_SIZE): Promise<SegmentClientPageDto> {
    const segment = await this.find(id);
    const total = await this.count(actor, segment.filter);
    const qb = await this.query.build(actor, segment.filter);
    const rows = await qb
      .select(['c.id AS id', 'c.name AS name', 'c.gender AS gender', 'c.age_band AS age_band', 'c.risk_level AS risk_level', 'c.phone_enc AS phone_enc'])
      .addSelect(['p.top_archetype AS top_archetype', 'p.lifecycle AS lifecycle', 'p.value_group AS value_group'])
      .orderBy('c.id', 'ASC')
      .offset((pageNo - 1) * pageSize)
      .limit(pageSize)
      .getRawMany<Record<string, unknown>>();
    const items: SegmentClientDto[] = rows.map((r) => ({
      id: Number(r.id),
      name: String(r.name),
      gender: str(r.gender),
      ageBand: str(r.age_band),
      riskLevel: str(r.risk_level),
      phoneMasked: r.phone_enc ? maskPhone(this.vault.decrypt(String(r.phone_enc))) : null,
      topArchetype: str(r.top_archetype),
      lifecycle: str(r.lifecycle),
      valueGroup: str(r.value_group),
    }));
    return { total, page: pageNo, pageSize, items };
  }

  private async find(id: number): Promise<Segment> {
    const segment = await this.segments.findOneBy({ id });
    if (!segment) throw notFound('分群');
    return segment;
  }

  /** The creator edits their own segments; HQ and admins edit any. */
  private async editable(actor: Actor, id: number): Promise<Segment> {
    const segment = await this.find(id);
    if (segment.createdBy !== actor.staffId && !EDITS_ANY_SEGMENT.has(actor.role)) throw forbidden('只能修改自己创建的分群');
    return segment;
  }
}
