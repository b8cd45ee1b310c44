import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { ProfileQuery, SidebarProfileDto } from './profile.dto.js';
import { ProfileService } from './profile.service.js';

@ApiTags('sidebar')
@Controller('api/sidebar/profile')
export class ProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @Get()
  @ApiOkResponse({ type: SidebarProfileDto })
  profile(@CurrentActor() actor: Actor, @Query() query: ProfileQuery): Promise<SidebarProfileDto> {
    return this.profiles.profile(actor, query);
  }
}
