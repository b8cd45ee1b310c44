import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { ComplianceSettingsDto, ComplianceSettingsUpdate } from './compliance-settings.dto.js';
import { ComplianceSettingsService } from './compliance-settings.service.js';

@ApiTags('compliance')
@Controller('api/compliance/settings')
@Roles('compliance', 'admin')
export class ComplianceSettingsController {
  constructor(private readonly settings: ComplianceSettingsService) {}

  @Get()
  @ApiOkResponse({ type: ComplianceSettingsDto })
  get(): Promise<ComplianceSettingsDto> {
    return this.settings.view();
  }

  @Put()
  @ApiOkResponse({ type: ComplianceSettingsDto })
  update(@CurrentActor() actor: Actor, @Body() body: ComplianceSettingsUpdate): Promise<ComplianceSettingsDto> {
    return this.settings.update(actor, body);
  }
}
