import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { AlertRulesService } from './alert-rules.service.js';
import { AlertDto, AlertPageDto, AlertQuery, AlertRuleDto, AlertRulesUpdateInput, HandleAlertInput } from './alerts.dto.js';
import { AlertsService } from './alerts.service.js';

@ApiTags('alerts')
@Controller('api')
export class AlertsController {
  constructor(
    private readonly alerts: AlertsService,
    private readonly rules: AlertRulesService,
  ) {}

  @Get('alerts')
  @ApiOkResponse({ type: AlertPageDto, description: '本人（团队长为所辖团队）的客户提醒，最新在前' })
  list(@CurrentActor() actor: Actor, @Query() query: AlertQuery): Promise<AlertPageDto> {
    return this.alerts.list(actor, query);
  }

  @Get('clients/:id/alerts')
  @ApiOkResponse({ type: AlertPageDto })
  forClient(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Query() query: AlertQuery): Promise<AlertPageDto> {
    return this.alerts.forClient(actor, id, query);
  }

  @Post('alerts/:id/seen')
  @HttpCode(200)
  @ApiOkResponse({ type: AlertDto })
  seen(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<AlertDto> {
    return this.alerts.markSeen(actor, id);
  }

  @Post('alerts/:id/handle')
  @HttpCode(200)
  @ApiOkResponse({ type: AlertDto })
  handle(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() input: HandleAlertInput): Promise<AlertDto> {
    return this.alerts.handle(actor, id, input);
  }

  @Get('alert-rules')
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: [AlertRuleDto] })
  listRules(): Promise<AlertRuleDto[]> {
    return this.rules.list();
  }

  @Put('alert-rules')
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: [AlertRuleDto] })
  updateRules(@CurrentActor() actor: Actor, @Body() input: AlertRulesUpdateInput): Promise<AlertRuleDto[]> {
    return this.rules.update(actor, input);
  }
}
