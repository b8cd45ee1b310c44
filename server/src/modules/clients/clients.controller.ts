import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/auth.decorators.js';
import { ClientsService } from './clients.service.js';
import { ClientHeaderDto } from './dto/client-header.dto.js';

@ApiTags('clients')
@Controller('api/clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get('by-external/:externalUserId')
  @ApiOkResponse({ type: ClientHeaderDto })
  byExternal(@CurrentActor() actor: Actor, @Param('externalUserId') externalUserId: string): Promise<ClientHeaderDto> {
    return this.clients.headerByExternalUserId(actor, externalUserId);
  }
}
