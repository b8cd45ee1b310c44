import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { CampaignReports } from './campaign-reports.js';
import { toCampaignDto } from './campaign-views.js';
import {
  AdvisorBreakdownDto,
  CampaignDetailDto,
  CampaignDto,
  CampaignPageDto,
  CampaignQuery,
  CreateCampaignInput,
  ExclusionQuery,
  ExclusionReportDto,
  RemindInput,
  RemindReportDto,
  SyncReportDto,
} from './campaigns.dto.js';
import { CampaignsService } from './campaigns.service.js';

/** HQ campaigns (DESIGN §4 data flow 4). */
@ApiTags('outreach')
@Roles('hq', 'admin')
@Controller('api/campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly reports: CampaignReports,
  ) {}

  @Post()
  @ApiOkResponse({ type: CampaignDto })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateCampaignInput): Promise<CampaignDto> {
    return toCampaignDto(await this.campaigns.create(actor, body));
  }

  @Get()
  @ApiOkResponse({ type: CampaignPageDto })
  list(@Query() query: CampaignQuery): Promise<CampaignPageDto> {
    return this.reports.page(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CampaignDetailDto })
  async get(@Param('id', idPipe) id: number): Promise<CampaignDetailDto> {
    return this.reports.detail(await this.campaigns.require(id));
  }

  @Post(':id/launch')
  @HttpCode(200)
  @ApiOkResponse({ type: CampaignDto })
  launch(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<CampaignDto> {
    return this.campaigns.launch(actor, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ type: CampaignDto })
  cancel(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<CampaignDto> {
    return this.campaigns.cancel(actor, id);
  }

  @Post(':id/remind')
  @HttpCode(200)
  @ApiOkResponse({ type: RemindReportDto })
  remind(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: RemindInput): Promise<RemindReportDto> {
    return this.campaigns.remind(actor, id, body.taskIds);
  }

  @Post(':id/sync')
  @HttpCode(200)
  @ApiOkResponse({ type: SyncReportDto })
  async sync(@Param('id', idPipe) id: number): Promise<SyncReportDto> {
    await this.campaigns.require(id);
    return this.campaigns.syncNow(id);
  }

  @Get(':id/exclusions')
  @ApiOkResponse({ type: ExclusionReportDto })
  async exclusions(@Param('id', idPipe) id: number, @Query() query: ExclusionQuery): Promise<ExclusionReportDto> {
    await this.campaigns.require(id);
    return this.reports.exclusions(id, query);
  }

  @Get(':id/advisors')
  @ApiOkResponse({ type: [AdvisorBreakdownDto] })
  async advisors(@Param('id', idPipe) id: number): Promise<AdvisorBreakdownDto[]> {
    await this.campaigns.require(id);
    return this.reports.advisors(id);
  }
}
