import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import {
  LexiconEntryDto,
  LexiconEntryInput,
  LexiconEntryUpdate,
  LexiconPageDto,
  LexiconQuery,
  ScreeningResultDto,
  ScreenTextInput,
} from './lexicon.dto.js';
import { LexiconService } from './lexicon.service.js';
import { ScreeningService } from './screening.service.js';

@ApiTags('compliance')
@Controller('api/compliance')
export class LexiconController {
  constructor(
    private readonly lexicon: LexiconService,
    private readonly screening: ScreeningService,
  ) {}

  @Get('lexicon')
  @Roles('compliance', 'admin')
  @ApiOkResponse({ type: LexiconPageDto })
  list(@Query() query: LexiconQuery): Promise<LexiconPageDto> {
    return this.lexicon.list(query);
  }

  @Post('lexicon')
  @Roles('compliance', 'admin')
  @ApiOkResponse({ type: LexiconEntryDto })
  create(@CurrentActor() actor: Actor, @Body() body: LexiconEntryInput): Promise<LexiconEntryDto> {
    return this.lexicon.create(actor, body);
  }

  @Put('lexicon/:id')
  @Roles('compliance', 'admin')
  @ApiOkResponse({ type: LexiconEntryDto })
  update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: LexiconEntryUpdate): Promise<LexiconEntryDto> {
    return this.lexicon.update(actor, id, body);
  }

  @Delete('lexicon/:id')
  @HttpCode(204)
  @Roles('compliance', 'admin')
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<void> {
    return this.lexicon.remove(actor, id);
  }

  /** The test box: any signed-in staff member may check wording before using it. */
  @Post('screen')
  @HttpCode(200)
  @ApiOkResponse({ type: ScreeningResultDto })
  async screen(@Body() body: ScreenTextInput): Promise<ScreeningResultDto> {
    const screener = await this.screening.screener();
    return { ...screener.screen(body.text), lexiconVersion: screener.version };
  }
}
