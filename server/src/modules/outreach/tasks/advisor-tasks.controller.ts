import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { AdvisorTaskDto } from './advisor-tasks.dto.js';
import { AdvisorTasksService } from './advisor-tasks.service.js';

@ApiTags('outreach')
@Controller('api/tasks')
export class AdvisorTasksController {
  constructor(private readonly tasks: AdvisorTasksService) {}

  @Get()
  @ApiOkResponse({ type: [AdvisorTaskDto] })
  list(@CurrentActor() actor: Actor): Promise<AdvisorTaskDto[]> {
    return this.tasks.list(actor);
  }

  @Post(':id/done')
  @HttpCode(200)
  @ApiOkResponse({ type: [AdvisorTaskDto], description: '更新后的任务列表' })
  async done(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<AdvisorTaskDto[]> {
    await this.tasks.done(actor, id);
    return this.tasks.list(actor);
  }
}
