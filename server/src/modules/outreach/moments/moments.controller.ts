import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { CreateMomentsInput, MomentsTaskDto } from './moments.dto.js';
import { MomentsService } from './moments.service.js';

@ApiTags('outreach')
@Controller('api/moments')
export class MomentsController {
  constructor(private readonly moments: MomentsService) {}

  @Post()
  @ApiOkResponse({ type: MomentsTaskDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateMomentsInput): Promise<MomentsTaskDto> {
    return this.moments.create(actor, body);
  }

  @Get()
  @ApiOkResponse({ type: [MomentsTaskDto] })
  list(@CurrentActor() actor: Actor): Promise<MomentsTaskDto[]> {
    return this.moments.list(actor);
  }

  @Get(':id')
  @ApiOkResponse({ type: MomentsTaskDto })
  get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<MomentsTaskDto> {
    return this.moments.get(actor, id);
  }
}
