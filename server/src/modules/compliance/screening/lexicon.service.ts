import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { AuditService } from '../../../common/audit/audit.service.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { LIKE_ESCAPE, likeContains } from '../../library/content/search-text.js';
import { normalizeTerm } from '../rules/screening/text-normalizer.js';
import { LexiconEntryRow, LexiconVersion } from './lexicon.entities.js';
import type { LexiconEntryDto, LexiconEntryInput, LexiconEntryUpdate, LexiconPageDto, LexiconQuery } from './lexicon.dto.js';
import { ScreeningService } from './screening.service.js';

/** Compliance maintains the lexicon; every write bumps the version so all processes rebuild. */
@Injectable()
export class LexiconService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly screening: ScreeningService,
    private readonly audit: AuditService,
  ) {}

  async list(query: LexiconQuery): Promise<LexiconPageDto> {
    await this.screening.screener(); // seeds the default lexicon on a fresh installation
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const qb = this.dataSource.getRepository(LexiconEntryRow).createQueryBuilder('e');
    if (query.q) qb.andWhere(`e.term LIKE :q ESCAPE '${LIKE_ESCAPE}'`, { q: likeContains(query.q) });
    if (query.level) qb.andWhere('e.level = :level', { level: query.level });
    if (query.category) qb.andWhere('e.category = :category', { category: query.category });
    const [rows, total] = await qb
      .orderBy('e.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const version = await this.dataSource.getRepository(LexiconVersion).findOneBy({ id: 1 });
    return { items: rows.map(toDto), total, version: version?.version ?? 0 };
  }

  async create(actor: Actor, input: LexiconEntryInput): Promise<LexiconEntryDto> {
    await this.screening.screener();
    const saved = await this.write(async (manager) => {
      await this.ensureUniqueTerm(manager, input.term, null);
      const repo = manager.getRepository(LexiconEntryRow);
      return repo.save(
        repo.create({ ...input, term: input.term.trim(), suggestion: input.suggestion ?? null, enabled: input.enabled ?? true, updatedBy: actor.staffId }),
      );
    });
    await this.audit.record(actor, { action: 'compliance.lexicon.created', targetType: 'lexicon_entry', targetId: saved.id, details: { term: saved.term, level: saved.level } });
    return toDto(saved);
  }

  async update(actor: Actor, id: number, input: LexiconEntryUpdate): Promise<LexiconEntryDto> {
    const { before, after } = await this.write(async (manager) => {
      const repo = manager.getRepository(LexiconEntryRow);
      const row = await repo.findOneBy({ id });
      if (!row) throw notFound('词条');
      if (input.term !== undefined) await this.ensureUniqueTerm(manager, input.term, id);
      const snapshot = toDto(row);
      Object.assign(row, { ...input, ...(input.term !== undefined ? { term: input.term.trim() } : {}), updatedBy: actor.staffId });
      return { before: snapshot, after: await repo.save(row) };
    });
    await this.audit.record(actor, { action: 'compliance.lexicon.updated', targetType: 'lexicon_entry', targetId: id, details: { before, input } });
    return toDto(after);
  }

  async remove(actor: Actor, id: number): Promise<void> {
    const removed = await this.write(async (manager) => {
      const repo = manager.getRepository(LexiconEntryRow);
      const row = await repo.findOneBy({ id });
      if (!row) throw notFound('词条');
      await repo.delete({ id });
      return row;
    });
    await this.audit.record(actor, { action: 'compliance.lexicon.deleted', targetType: 'lexicon_entry', targetId: id, details: { term: removed.term, level: removed.level } });
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) => {
      const value = await work(manager);
      await this.screening.bumpVersion(manager);
      return value;
    });
    this.screening.invalidate();
    return result;
  }

  /** Terms that normalise alike ("１００％" / "100%") are one term to the screener, so one row. */
  private async ensureUniqueTerm(manager: EntityManager, term: string, exceptId: number | null): Promise<void> {
    const key = normalizeTerm(term);
    if (key.length === 0) throw new AppError('VALIDATION_FAILED', '词条不能为空');
    const rows = await manager.getRepository(LexiconEntryRow).find({ select: { id: true, term: true } });
    const clash = rows.find((row) => row.id !== exceptId && normalizeTerm(row.term) === key);
    if (clash) throw new AppError('CONFLICT', `词条「${clash.term}」已存在`, { existingId: clash.id });
  }
}

function toDto(row: LexiconEntryRow): LexiconEntryDto {
  return {
    id: row.id,
    term: row.term,
    level: row.level,
    category: row.category,
    reason: row.reason,
    suggestion: row.suggestion,
    enabled: Boolean(row.enabled),
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt,
  };
}
