import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { AddTagDto, ClientTagDto, RemoveTagDto, TagHistoryEntryDto } from './tags.dto.js';
import { TagsService } from './tags.service.js';

@ApiTags('portrait')
@Controller('api/clients/:id/tags')
export class TagsController {
  constructor(private readonly tags: TagsService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: [ClientTagDto], description: "The client's tags after the change" })
  add(@CurrentActor() actor: Actor, @Param('id', idPipe) clientId: number, @Body() dto: AddTagDto): Promise<ClientTagDto[]> {
    return this.tags.add(actor, clientId, dto);
  }

  @Get('history')
  @ApiOkResponse({ type: [TagHistoryEntryDto] })
  history(@CurrentActor() actor: Actor, @Param('id', idPipe) clientId: number): Promise<TagHistoryEntryDto[]> {
    return this.tags.history(actor, clientId);
  }

  @Delete(':tagKey')
  @ApiOkResponse({ type: [ClientTagDto], description: "The client's tags after the change" })
  remove(@CurrentActor() actor: Actor, @Param('id', idPipe) clientId: number, @Param('tagKey') tagKey: string, @Body() dto: RemoveTagDto): Promise<ClientTagDto[]> {
    return this.tags.remove(actor, clientId, tagKey, dto.reason);
  }
}
