import { Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators.js';
import { CallbackService, type SignedQuery } from './callback.service.js';

/** WeCom's callback URL (接收消息服务器). Authenticated by WeCom's message signature, not a session. */
@ApiExcludeController()
@Controller('api/wecom/callback')
export class CallbackController {
  constructor(private readonly callbacks: CallbackService) {}

  @Public('WeCom URL verification, authenticated by msg_signature')
  @Get()
  @Header('Content-Type', 'text/plain; charset=utf-8')
  verify(@Query() query: SignedQuery & { echostr?: string }): string {
    // WeCom wants the bare plaintext: no quotes, BOM or newline.
    return this.callbacks.verifyUrl(query);
  }

  @Public('WeCom event push, authenticated by msg_signature')
  @Post()
  @HttpCode(200)
  @Header('Content-Type', 'text/plain; charset=utf-8')
  async receive(@Query() query: SignedQuery, @Body() body: unknown): Promise<string> {
    await this.callbacks.receive(query, typeof body === 'string' ? body : '');
    return 'success';
  }
}
