import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { FeedStreamHub } from './feed-stream.hub.js';
import { FeedPageDto, FeedQuery } from './feed.dto.js';
import { FeedService } from './feed.service.js';

@ApiTags('feed')
@Controller('api')
export class FeedController {
  constructor(
    private readonly feed: FeedService,
    private readonly streams: FeedStreamHub,
  ) {}

  @Get('clients/:id/timeline')
  @ApiOkResponse({ type: FeedPageDto, description: '客户行为时间线，最新在前' })
  timeline(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Query() query: FeedQuery): Promise<FeedPageDto> {
    return this.feed.timeline(actor, id, query);
  }

  @Get('feed')
  @ApiOkResponse({ type: FeedPageDto, description: '顾问名下客户（团队长为所辖团队）的行为动态，最新在前' })
  list(@CurrentActor() actor: Actor, @Query() query: FeedQuery): Promise<FeedPageDto> {
    return this.feed.feed(actor, query);
  }

  @Get('feed/stream')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'SSE：event feed（FeedItemDto，同 id 再次推送表示更新）与 event alert（AlertDto）；每 20 秒一行注释心跳',
    content: { 'text/event-stream': { schema: { type: 'string' } } },
  })
  async stream(@CurrentActor() actor: Actor, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.streams.open(actor, req, res);
  }
}
