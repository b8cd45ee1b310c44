import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import { AuditService } from '../../../common/audit/audit.service.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { AppError, notFound } from '../../../common/errors/app-error.js';
import { logger } from '../../../common/logging/logger.js';
import { CLIENT_ACTIVITY, type ClientActivityEvent } from '../../ingest/client-activity.js';
import { PendingEventLinker } from '../../ingest/pending-event-linker.js';
import { IMPORT_KINDS, ImportRecord, type ImportFormat, type ImportKind, type ImportRowError } from '../entities/import-record.entity.js';
import type { ImportListQuery, ImportPageDto, ImportRecordDto, ImportSummaryDto } from './import.dto.js';
import { ImportStructureError, readRows, validateRows } from './import-source.js';
import { SCHEMAS } from './import-schemas.js';
import { type ImportWriter, rowError, type ValidRow } from './import-writer.js';
import { ImportWriters } from './import-writers.js';

const CHUNK = 500;
const MAX_STORED_ERRORS = 500;

/** Rows that describe the same record; a later duplicate in one file is reported, not silently merged. */
const DEDUPE_KEY: Record<ImportKind, (v: Record<string, unknown>) => string> = {
  clients: (v) => String(v.customer_no),
  holdings: (v) => `${String(v.customer_no)}|${String(v.product_code)}`,
  trades: (v) => String(v.id),
  cash_flows: (v) => String(v.id),
  questionnaires: (v) => `${String(v.customer_no)}|${(v.answered_at as Date).getTime()}`,
};

/**
 * Batch import (API and CLI): parse, validate every row, write valid rows in chunks of 500 (one transaction
 * and a few set-based statements each), keep a record with a per-row error report.
 */
@Injectable()
export class ImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ImportRecord) private readonly records: Repository<ImportRecord>,
    private readonly writers: ImportWriters,
    private readonly linker: PendingEventLinker,
    private readonly audit: AuditService,
    private readonly events: EventEmitter2,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `actor` is null for the command line. */
  async run(actor: Actor | null, kind: string, format: ImportFormat, content: string): Promise<ImportRecordDto> {
    if (!(IMPORT_KINDS as readonly string[]).includes(kind)) throw new AppError('VALIDATION_FAILED', `导入类型只能是 ${IMPORT_KINDS.join('、')}`);
    const importKind = kind as ImportKind;
    let read;
    try {
      read = readRows(format, content, SCHEMAS[importKind]);
    } catch (error) {
      if (!(error instanceof ImportStructureError)) throw error;
      const record = await this.save(actor, importKind, format, 0, 0, error.errors);
      throw new AppError('IMPORT_FAILED', error.message, { importId: record.id, errors: record.errors });
    }
    const { valid, errors } = validateRows(read.rows, SCHEMAS[importKind]);
    const allErrors = [...read.errors, ...errors];
    const unique = this.dropDuplicates(importKind, valid as ValidRow<Record<string, unknown>>[], allErrors);
    const clientIds = await this.writeChunks(this.writers.for(importKind), unique, allErrors);
    await this.afterWrite(importKind, clientIds);

    const failedRows = new Set(allErrors.map((e) => e.row)).size;
    const record = await this.save(actor, importKind, format, read.total, read.total - failedRows, allErrors);
    if (actor) await this.audit.record(actor, { action: 'import.run', targetType: 'import', targetId: record.id, details: { kind, format, total: record.total, failed: record.failed } });
    return toDto(record);
  }

  async list(query: ImportListQuery): Promise<ImportPageDto> {
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.records.findAndCount({
      select: { id: true, kind: true, format: true, status: true, total: true, succeeded: true, failed: true, createdBy: true, createdAt: true },
      where: query.kind ? { kind: query.kind } : {},
      order: { id: 'DESC' },
      skip: ((query.page ?? 1) - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toSummary), total };
  }

  async get(id: number): Promise<ImportRecordDto> {
    const record = await this.records.findOneBy({ id });
    if (!record) throw notFound('导入记录');
    return toDto(record);
  }

  private dropDuplicates(kind: ImportKind, rows: ValidRow<Record<string, unknown>>[], errors: ImportRowError[]): ValidRow<Record<string, unknown>>[] {
    const firstRow = new Map<string, number>();
    return rows.filter((r) => {
      const key = DEDUPE_KEY[kind](r.value);
      const first = firstRow.get(key);
      if (first === undefined) {
        firstRow.set(key, r.row);
        return true;
      }
      errors.push(rowError(r.row, null, 'DUPLICATE_ROW', `与第 ${first} 行重复，未导入`));
      return false;
    });
  }

  private async writeChunks(writer: ImportWriter<Record<string, unknown>>, rows: ValidRow<Record<string, unknown>>[], errors: ImportRowError[]): Promise<number[]> {
    const clientIds = new Set<number>();
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      try {
        const outcome = await this.dataSource.transaction((manager) => writer.write(manager, chunk, this.clock.now()));
        errors.push(...outcome.errors);
        outcome.clientIds.forEach((id) => clientIds.add(id));
      } catch (error) {
        // The chunk's transaction rolled back: every row in it is reported, none is half-written.
        logger.error('import chunk failed', { error: String(error) });
        errors.push(...chunk.map((r) => rowError(r.row, null, 'WRITE_FAILED', '写入数据库失败，本批未导入，请重试')));
      }
    }
    return [...clientIds];
  }

  private async afterWrite(kind: ImportKind, clientIds: number[]): Promise<void> {
    if (clientIds.length === 0) return;
    if (kind === 'clients') {
      await this.linker.linkClients(clientIds);
      return;
    }
    const event: ClientActivityEvent = { clientIds, kinds: [kind] };
    this.events.emit(CLIENT_ACTIVITY, event);
  }

  private async save(actor: Actor | null, kind: ImportKind, format: ImportFormat, total: number, succeeded: number, errors: ImportRowError[]): Promise<ImportRecord> {
    const failed = total - succeeded;
    const status = errors.length === 0 ? 'succeeded' : succeeded > 0 ? 'partial' : 'failed';
    const sorted = [...errors].sort((a, b) => a.row - b.row).slice(0, MAX_STORED_ERRORS);
    return this.records.save(this.records.create({ kind, format, status, total, succeeded, failed, errors: sorted, createdBy: actor?.staffId ?? null }));
  }
}

function toSummary(r: ImportRecord): ImportSummaryDto {
  return { id: r.id, kind: r.kind, format: r.format, status: r.status, total: r.total, succeeded: r.succeeded, failed: r.failed, createdBy: r.createdBy, createdAt: r.createdAt.toISOString() };
}

function toDto(r: ImportRecord): ImportRecordDto {
  return { ...toSummary(r), errors: r.errors };
}
