import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { RevealRequestDto, RevealResultDto } from './pii-reveal.dto.js';
import { PiiRevealService } from './pii-reveal.service.js';

@ApiTags('clients')
@Controller('api/clients')
export class PiiRevealController {
  constructor(private readonly reveals: PiiRevealService) {}

  /** System administrators run the platform, they do not serve clients: no PII for them (least privilege). */
  @Post(':id/reveal')
  @HttpCode(200)
  @Roles('advisor', 'manager', 'hq', 'compliance')
  @ApiOperation({ summary: '查看客户敏感信息明文（记录审计）', description: '404 when the client is outside the caller’s scope.' })
  @ApiOkResponse({ type: RevealResultDto })
  reveal(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: RevealRequestDto, @Req() req: Request): Promise<RevealResultDto> {
    return this.reveals.reveal(actor, id, body.field, body.reason, req.requestId);
  }
}
