import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { CreateFollowUpInput, FollowUpDto } from './follow-ups.dto.js';
import { FollowUpsService } from './follow-ups.service.js';

@ApiTags('follow-ups')
@Controller('api')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Get('clients/:id/follow-ups')
  @ApiOkResponse({ type: [FollowUpDto] })
  list(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<FollowUpDto[]> {
    return this.followUps.list(actor, id);
  }

  @Post('clients/:id/follow-ups')
  @ApiCreatedResponse({ type: FollowUpDto })
  create(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() input: CreateFollowUpInput): Promise<FollowUpDto> {
    return this.followUps.create(actor, id, input);
  }

  @Post('follow-ups/:id/done')
  @HttpCode(200)
  @ApiOkResponse({ type: FollowUpDto })
  done(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<FollowUpDto> {
    return this.followUps.done(actor, id);
  }
}
