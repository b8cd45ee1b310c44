import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/auth.decorators.js';
import { DepartmentDto, StaffPageDto, StaffQuery, SyncStartedDto, SyncStatusDto } from './dto/org.dto.js';
import { OrgService } from './org.service.js';

@ApiTags('org')
@Controller('api/org')
export class OrgController {
  constructor(private readonly org: OrgService) {}

  @Get('departments')
  @ApiOkResponse({ type: [DepartmentDto] })
  departments(@CurrentActor() actor: Actor): Promise<DepartmentDto[]> {
    return this.org.listDepartments(actor);
  }

  @Get('staff')
  @Roles('manager', 'hq', 'admin', 'compliance')
  @ApiOkResponse({ type: StaffPageDto })
  staff(@CurrentActor() actor: Actor, @Query() query: StaffQuery): Promise<StaffPageDto> {
    return this.org.listStaff(actor, query);
  }

  @Post('sync')
  @HttpCode(202)
  @Roles('admin', 'hq')
  @ApiOkResponse({ type: SyncStartedDto })
  sync(@CurrentActor() actor: Actor): Promise<SyncStartedDto> {
    return this.org.startSync(actor);
  }

  @Get('sync/:jobId')
  @Roles('admin', 'hq')
  @ApiOkResponse({ type: SyncStatusDto })
  syncStatus(@Param('jobId') jobId: string): Promise<SyncStatusDto> {
    return this.org.syncStatus(jobId);
  }
}
