import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { CheckSendInput, CheckSendResultDto } from './check-send.dto.js';
import { SendGateService } from './send-gate.service.js';
import type { SendCheckResult } from './send-gate.types.js';

/** The sidebar asks before sending and shows "why blocked"; a refusal is an answer (200), not an error. */
@ApiTags('compliance')
@Controller('api/compliance')
export class CheckSendController {
  constructor(private readonly gate: SendGateService) {}

  @Post('check-send')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckSendResultDto })
  async check(@CurrentActor() actor: Actor, @Body() body: CheckSendInput): Promise<CheckSendResultDto> {
    return toCheckSendDto(await this.gate.check(actor, body));
  }
}

export function toCheckSendDto(result: SendCheckResult): CheckSendResultDto {
  return {
    allowed: result.allowed,
    ...(result.code ? { code: result.code } : {}),
    reasonZh: result.reasonZh,
    nextAllowedAt: result.nextAllowedAt,
    steps: result.steps.map((step) => ({ step: step.step, outcome: step.outcome, ...(step.code ? { code: step.code } : {}), reasonZh: step.reason })),
    warnings: result.warnings.map((warning) => ({ step: warning.step, reasonZh: warning.reason, ...(warning.hit ? { hit: warning.hit } : {}) })),
    screeningHits: result.screening?.hits ?? [],
    version: result.version,
    outgoingText: result.outgoingText,
  };
}
