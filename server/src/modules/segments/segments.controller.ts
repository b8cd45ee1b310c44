import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/auth.decorators.js';
import { idPipe } from '../../common/validation/id-param.js';
import { SaveSegmentDto, SegmentClientPageDto, SegmentClientsQuery, SegmentCountDto, SegmentDto, SegmentFilterDto } from './dto/segments.dto.js';
import { SegmentsService } from './segments.service.js';

/** Audiences are built by HQ and managers; compliance has no client data scope to segment. */
@ApiTags('segments')
@Roles('advisor', 'manager', 'hq', 'admin')
@Controller('api/segments')
export class SegmentsController {
  constructor(private readonly segments: SegmentsService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOkResponse({ type: SegmentCountDto })
  async preview(@CurrentActor() actor: Actor, @Body() dto: SegmentFilterDto): Promise<SegmentCountDto> {
    return { count: await this.segments.count(actor, dto.filter) };
  }

  @Get()
  @ApiOkResponse({ type: [SegmentDto] })
  list(): Promise<SegmentDto[]> {
    return this.segments.list();
  }

  @Post()
  @Roles('manager', 'hq', 'admin')
  @ApiOkResponse({ type: SegmentDto })
  create(@CurrentActor() actor: Actor, @Body() dto: SaveSegmentDto): Promise<SegmentDto> {
    return this.segments.create(actor, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: SegmentDto })
  get(@Param('id', idPipe) id: number): Promise<SegmentDto> {
    return this.segments.get(id);
  }

  @Put(':id')
  @Roles('manager', 'hq', 'admin')
  @ApiOkResponse({ type: SegmentDto })
  update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() dto: SaveSegmentDto): Promise<SegmentDto> {
    return this.segments.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('manager', 'hq', 'admin')
  remove(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<void> {
    return this.segments.remove(actor, id);
  }

  @Get(':id/clients')
  @ApiOkResponse({ type: SegmentClientPageDto })
  clients(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Query() query: SegmentClientsQuery): Promise<SegmentClientPageDto> {
    return this.segments.clients(actor, id, query.page, query.pageSize);
  }
}
