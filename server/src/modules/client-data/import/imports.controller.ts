import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { IMPORT_KINDS } from '../entities/import-record.entity.js';
import { ImportListQuery, ImportPageDto, ImportRecordDto, ImportRequestDto } from './import.dto.js';
import { ImportService } from './import.service.js';

@ApiTags('imports')
@Roles('hq', 'admin')
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly imports: ImportService) {}

  @Post(':kind')
  @HttpCode(200)
  @ApiOperation({
    summary: '批量导入客户数据',
    description: '200 with the import record (status succeeded / partial / failed and per-row errors); 400 IMPORT_FAILED when the file cannot be read at all.',
  })
  @ApiParam({ name: 'kind', enum: IMPORT_KINDS })
  @ApiOkResponse({ type: ImportRecordDto })
  run(@CurrentActor() actor: Actor, @Param('kind') kind: string, @Body() body: ImportRequestDto): Promise<ImportRecordDto> {
    return this.imports.run(actor, kind, body.format, body.content);
  }

  @Get()
  @ApiOkResponse({ type: ImportPageDto })
  list(@Query() query: ImportListQuery): Promise<ImportPageDto> {
    return this.imports.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: ImportRecordDto })
  get(@Param('id', idPipe) id: number): Promise<ImportRecordDto> {
    return this.imports.get(id);
  }
}
