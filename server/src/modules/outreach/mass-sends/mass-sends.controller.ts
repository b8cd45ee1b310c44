import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { CampaignDetailDto, CampaignPageDto, CampaignQuery, SyncReportDto } from '../campaigns/campaigns.dto.js';
import { MassSendInput, MassSendPreviewDto, SharePayloadDto, ShareResultInput } from './mass-sends.dto.js';
import { MassSendsService } from './mass-sends.service.js';

/** The advisor's own mass send (企业群发 as the advisor, or WeCom's share picker). */
@ApiTags('outreach')
@Controller('api/mass-sends')
export class MassSendsController {
  constructor(private readonly massSends: MassSendsService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: MassSendPreviewDto })
  preview(@CurrentActor() actor: Actor, @Body() body: MassSendInput): Promise<MassSendPreviewDto> {
    return this.massSends.preview(actor, body);
  }

  @Post('share-payload')
  @HttpCode(200)
  @ApiOkResponse({ type: SharePayloadDto })
  sharePayload(@CurrentActor() actor: Actor, @Body() body: MassSendInput): Promise<SharePayloadDto> {
    return this.massSends.sharePayload(actor, body);
  }

  @Post()
  @ApiOkResponse({ type: CampaignDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: MassSendInput): Promise<CampaignDetailDto> {
    return this.massSends.create(actor, body);
  }

  @Get()
  @ApiOkResponse({ type: CampaignPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: CampaignQuery): Promise<CampaignPageDto> {
    return this.massSends.list(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CampaignDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<CampaignDetailDto> {
    return this.massSends.get(actor, id);
  }

  @Post(':id/sync')
  @HttpCode(200)
  @ApiOkResponse({ type: SyncReportDto })
  sync(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<SyncReportDto> {
    return this.massSends.sync(actor, id);
  }

  /** After ww.shareToExternalContact: no errMsg = sent, errMsg = failed. */
  @Post(':id/share-result')
  @HttpCode(200)
  @ApiOkResponse({ type: CampaignDetailDto })
  shareResult(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: ShareResultInput): Promise<CampaignDetailDto> {
    return this.massSends.shareResult(actor, id, body.errMsg);
  }
}
