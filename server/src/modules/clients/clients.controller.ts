import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/auth.decorators.js';
import { ClientsService } from './clients.service.js';
import { ClientHeaderDto } from './dto/client-header.dto.js';
import { ClientPageDto, ClientSearchQuery } from './dto/client-search.dto.js';

@ApiTags('clients')
@Controller('api/clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  @ApiOkResponse({ type: ClientPageDto })
  search(@CurrentActor() actor: Actor, @Query() query: ClientSearchQuery): Promise<ClientPageDto> {
    return this.clients.search(actor, query);
  }

  @Get('by-external/:externalUserId')
  @ApiOkResponse({ type: ClientHeaderDto })
  byExternal(@CurrentActor() actor: Actor, @Param('externalUserId') externalUserId: string): Promise<ClientHeaderDto> {
    return this.clients.headerByExternalUserId(actor, externalUserId);
  }
}
