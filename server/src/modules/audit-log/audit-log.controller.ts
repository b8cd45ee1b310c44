import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/auth.decorators.js';
import { contentDisposition } from '../analytics/export/advisor-export.js';
import { AuditChainService } from './audit-chain.service.js';
import { auditChainCsv, auditLogCsv } from './audit-export.js';
import { AuditLogQueryService } from './audit-log-query.service.js';
import { AuditChainDto, AuditChainExportQuery, AuditChainQuery } from './dto/audit-chain.dto.js';
import { AuditLogExportQuery, AuditLogQuery, AuditPageDto } from './dto/audit-log.dto.js';

const sendCsv = (res: Response, csv: string, name: string, ascii: string): void => {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', contentDisposition(name, ascii));
  res.setHeader('Cache-Control', 'no-store');
  res.send(Buffer.from(csv, 'utf8'));
};

/** The audit log and the per-send audit chain: compliance and admins see all, managers their subtree. */
@ApiTags('audit')
@Roles('compliance', 'admin', 'manager')
@Controller('api/audit')
export class AuditLogController {
  constructor(
    private readonly log: AuditLogQueryService,
    private readonly chains: AuditChainService,
  ) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AuditLogQuery): Promise<AuditPageDto> {
    return this.log.page(actor, query);
  }

  @Get('export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV（UTF-8 BOM），最多 50,000 条', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @Query() query: AuditLogExportQuery, @Res() res: Response): Promise<void> {
    const { format: _format, ...filter } = query;
    sendCsv(res, auditLogCsv(await this.log.exportRows(actor, filter)), '审计日志.csv', 'audit-log.csv');
  }

  @Get('chain')
  @ApiOkResponse({ type: AuditChainDto })
  chain(@CurrentActor() actor: Actor, @Query() query: AuditChainQuery): Promise<AuditChainDto> {
    return this.chains.chain(actor, query);
  }

  @Get('chain/export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV（UTF-8 BOM），每个环节一行', schema: { type: 'string', format: 'binary' } })
  async chainExport(@CurrentActor() actor: Actor, @Query() query: AuditChainExportQuery, @Res() res: Response): Promise<void> {
    const { format: _format, ...filter } = query;
    const chain = await this.chains.chain(actor, { ...filter, page: filter.page ?? 1, pageSize: filter.pageSize ?? 200 });
    const subject = chain.clientId !== null ? `client-${chain.clientId}` : `staff-${chain.staffId}`;
    sendCsv(res, auditChainCsv(chain), `审计链_${subject}.csv`, `audit-chain_${subject}.csv`);
  }
}
