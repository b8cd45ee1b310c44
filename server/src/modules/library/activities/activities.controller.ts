import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { ActivityDto, ActivityInput, ActivityPageDto, ActivityQuery, CreateActivityInput } from './activities.dto.js';
import { ActivitiesService } from './activities.service.js';

@ApiTags('library')
@Controller('api/activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  @ApiOkResponse({ type: ActivityPageDto })
  list(@Query() query: ActivityQuery): Promise<ActivityPageDto> {
    return this.activities.page(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ActivityDto })
  get(@Param('id', idPipe) id: number): Promise<ActivityDto> {
    return this.activities.get(id);
  }

  @Post()
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: ActivityDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateActivityInput): Promise<ActivityDto> {
    return this.activities.create(actor, body);
  }

  @Put(':id')
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: ActivityDto })
  update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: ActivityInput): Promise<ActivityDto> {
    return this.activities.update(actor, id, body);
  }
}
