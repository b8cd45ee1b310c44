import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { JSON_CONTENT_TYPE, type RawJson } from '../../../http/raw-json.js';
import { ProfileQuery, SidebarProfileDto } from './profile.dto.js';
import { ProfileService } from './profile.service.js';

/**
 * The sidebar profile's contract (OpenAPI) and handler. Requests reach it through profile.route.ts, which Node's server
 * answers ahead of Express (http/hot-routes.ts); Nest's own registration serves the path's other spellings.
 */
@ApiTags('sidebar')
@Controller('api/sidebar/profile')
export class ProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @Get()
  @Header('Content-Type', JSON_CONTENT_TYPE)
  @ApiOkResponse({ type: SidebarProfileDto })
  profile(@CurrentActor() actor: Actor, @Query() query: ProfileQuery): Promise<RawJson<SidebarProfileDto>> {
    return this.profiles.profile(actor, query);
  }
}
