import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/auth.decorators.js';
import { idPipe } from '../../common/validation/id-param.js';
import { AdvisorClientsQuery, AdvisorExportQuery, AdvisorListQuery, AdvisorTrendQuery, BranchQuery, RollupRequest } from './dto/analytics-query.dto.js';
import { AdvisorClientPageDto, AdvisorPageDto, AdvisorTrendDto, BranchRollupDto, RollupStartedDto } from './dto/analytics.dto.js';
import { ADVISOR_EXPORT_HEADER, advisorExportRows, contentDisposition } from './export/advisor-export.js';
import { toCsv } from './export/csv.js';
import { XLSX_CONTENT_TYPE, writeXlsx } from './export/xlsx-writer.js';
import { AdvisorAnalyticsService } from './query/advisor-analytics.service.js';
import { BranchRollupService } from './query/branch-rollup.service.js';
import { ClientDrilldownService } from './query/client-drilldown.service.js';
import { RollupRequestService } from './rollup/rollup-request.service.js';

/**
 * Manager analytics (DESIGN §1): managers see their department subtree, HQ and admins everyone,
 * an advisor only their own row; anything outside the scope answers 404.
 */
@ApiTags('analytics')
@Roles('advisor', 'manager', 'hq', 'admin')
@Controller('api/analytics')
export class AnalyticsController {
  constructor(
    private readonly advisors: AdvisorAnalyticsService,
    private readonly drilldown: ClientDrilldownService,
    private readonly branchRollup: BranchRollupService,
    private readonly rollups: RollupRequestService,
  ) {}

  @Get('advisors')
  @ApiOkResponse({ type: AdvisorPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AdvisorListQuery): Promise<AdvisorPageDto> {
    return this.advisors.list(actor, query);
  }

  @Get('advisors/export')
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'CSV（UTF-8 BOM）或 XLSX 文件', schema: { type: 'string', format: 'binary' } })
  async export(@CurrentActor() actor: Actor, @Query() query: AdvisorExportQuery, @Res() res: Response): Promise<void> {
    const { range, rows } = await this.advisors.ranked(actor, query);
    const name = `顾问指标_${range.from}_${range.to}`;
    const ascii = `advisor-metrics_${range.from}_${range.to}`;
    const body =
      query.format === 'xlsx'
        ? writeXlsx('顾问指标', ADVISOR_EXPORT_HEADER, advisorExportRows(rows))
        : Buffer.from(toCsv(ADVISOR_EXPORT_HEADER, advisorExportRows(rows)), 'utf8');
    const extension = query.format === 'xlsx' ? 'xlsx' : 'csv';
    res.setHeader('Content-Type', query.format === 'xlsx' ? XLSX_CONTENT_TYPE : 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', contentDisposition(`${name}.${extension}`, `${ascii}.${extension}`));
    res.setHeader('Cache-Control', 'no-store');
    res.send(body);
  }

  @Get('advisors/:staffId/trend')
  @ApiOkResponse({ type: AdvisorTrendDto })
  trend(@CurrentActor() actor: Actor, @Param('staffId', idPipe) staffId: number, @Query() query: AdvisorTrendQuery): Promise<AdvisorTrendDto> {
    return this.advisors.trend(actor, staffId, query);
  }

  @Get('advisors/:staffId/clients')
  @ApiOkResponse({ type: AdvisorClientPageDto })
  clients(@CurrentActor() actor: Actor, @Param('staffId', idPipe) staffId: number, @Query() query: AdvisorClientsQuery): Promise<AdvisorClientPageDto> {
    return this.drilldown.clients(actor, staffId, query);
  }

  @Get('branches')
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: BranchRollupDto })
  branches(@CurrentActor() actor: Actor, @Query() query: BranchQuery): Promise<BranchRollupDto> {
    return this.branchRollup.branches(actor, query);
  }

  /** Rebuilds the rollups for a range (backfill after an import or a correction). */
  @Post('rollup')
  @HttpCode(202)
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: RollupStartedDto })
  rollup(@CurrentActor() actor: Actor, @Body() body: RollupRequest): Promise<RollupStartedDto> {
    return this.rollups.request(actor, body);
  }
}
