import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { VersionHistoryDto } from '../versions/version-history.dto.js';
import { CreateScriptInput, ScriptDetailDto, ScriptPageDto, ScriptQuery, TemplateVariableDto, UpdateScriptInput } from './scripts.dto.js';
import { ScriptsService } from './scripts.service.js';

@ApiTags('library')
@Controller('api/scripts')
export class ScriptsController {
  constructor(private readonly scripts: ScriptsService) {}

  @Get()
  @ApiOkResponse({ type: ScriptPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ScriptQuery): Promise<ScriptPageDto> {
    return this.scripts.page(actor, query);
  }

  @Get('variables')
  @ApiOkResponse({ type: [TemplateVariableDto] })
  variables(): TemplateVariableDto[] {
    return this.scripts.variables();
  }

  @Get(':id')
  @ApiOkResponse({ type: ScriptDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<ScriptDetailDto> {
    return this.scripts.get(actor, id);
  }

  @Post()
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: ScriptDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateScriptInput): Promise<ScriptDetailDto> {
    return this.scripts.create(actor, body);
  }

  /** Edits become a new draft version (or update the current draft); approval starts over. */
  @Put(':id')
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: ScriptDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: UpdateScriptInput): Promise<ScriptDetailDto> {
    return this.scripts.update(actor, id, body);
  }

  @Get(':id/versions')
  @Roles('hq', 'compliance', 'admin')
  @ApiOkResponse({ type: VersionHistoryDto })
  versions(@Param('id', idPipe) id: number): Promise<VersionHistoryDto> {
    return this.scripts.versions(id);
  }
}
