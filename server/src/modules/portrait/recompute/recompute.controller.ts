import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { RecomputeStartedDto, RecomputeStatusDto } from '../rules/rules.dto.js';
import { RecomputeJobsService } from './recompute-jobs.service.js';

@ApiTags('portrait')
@Roles('hq', 'admin')
@Controller('api/portrait/recompute')
export class RecomputeController {
  constructor(private readonly jobs: RecomputeJobsService) {}

  @Post()
  @HttpCode(202)
  @ApiOkResponse({ type: RecomputeStartedDto })
  start(@CurrentActor() actor: Actor): Promise<RecomputeStartedDto> {
    return this.jobs.start(actor);
  }

  @Get(':jobId')
  @ApiOkResponse({ type: RecomputeStatusDto })
  status(@Param('jobId') jobId: string): Promise<RecomputeStatusDto> {
    return this.jobs.status(jobId);
  }
}
