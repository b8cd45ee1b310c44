import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { FailSendInput, PreparedSendDto, PrepareSendInput, SendRecordDto } from './sends.dto.js';
import { SendsService } from './sends.service.js';

/** Sidebar one-click send: prepare (gate + record + message), then confirm or fail after sendChatMessage. */
@ApiTags('outreach')
@Controller('api/sends')
export class SendsController {
  constructor(private readonly sends: SendsService) {}

  @Post('prepare')
  @HttpCode(200)
  @ApiOkResponse({ type: PreparedSendDto })
  prepare(@CurrentActor() actor: Actor, @Body() body: PrepareSendInput): Promise<PreparedSendDto> {
    return this.sends.prepare(actor, body);
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: SendRecordDto })
  confirm(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<SendRecordDto> {
    return this.sends.confirm(actor, id);
  }

  @Post(':id/fail')
  @HttpCode(200)
  @ApiOkResponse({ type: SendRecordDto })
  fail(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: FailSendInput): Promise<SendRecordDto> {
    return this.sends.fail(actor, id, body.errMsg);
  }
}
