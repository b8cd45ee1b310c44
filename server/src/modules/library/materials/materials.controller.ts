import { Body, Controller, Get, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '../../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../../common/auth/auth.decorators.js';
import { idPipe } from '../../../common/validation/id-param.js';
import { StoredFileDto, UploadInput, WecomMediaDto } from '../media/uploads.dto.js';
import { UploadsService } from '../media/uploads.service.js';
import { VersionHistoryDto } from '../versions/version-history.dto.js';
import { CreateMaterialInput, MaterialDetailDto, MaterialPageDto, MaterialQuery, UpdateMaterialInput } from './materials.dto.js';
import { MaterialsService } from './materials.service.js';

@ApiTags('library')
@Controller('api/materials')
export class MaterialsController {
  constructor(
    private readonly materials: MaterialsService,
    private readonly uploads: UploadsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MaterialPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: MaterialQuery): Promise<MaterialPageDto> {
    return this.materials.page(actor, query);
  }

  /**
   * JSON upload `{ filename, contentType, dataBase64 }` rather than multipart, so no multipart parser
   * is needed; the decoded file may be up to 20 MB.
   */
  @Post('uploads')
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: StoredFileDto })
  upload(@CurrentActor() actor: Actor, @Body() body: UploadInput): Promise<StoredFileDto> {
    return this.uploads.upload(actor, body);
  }

  @Get('uploads/:fileId/content')
  @ApiProduces('application/octet-stream')
  async download(@Param('fileId', idPipe) fileId: number, @Res() res: Response): Promise<void> {
    const { file, stream } = await this.uploads.open(fileId);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    stream.pipe(res);
  }

  @Get(':id')
  @ApiOkResponse({ type: MaterialDetailDto })
  get(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<MaterialDetailDto> {
    return this.materials.get(actor, id);
  }

  @Post()
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: MaterialDetailDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateMaterialInput): Promise<MaterialDetailDto> {
    return this.materials.create(actor, body);
  }

  @Put(':id')
  @Roles('hq', 'admin')
  @ApiOkResponse({ type: MaterialDetailDto })
  update(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number, @Body() body: UpdateMaterialInput): Promise<MaterialDetailDto> {
    return this.materials.update(actor, id, body);
  }

  @Get(':id/versions')
  @Roles('hq', 'compliance', 'admin')
  @ApiOkResponse({ type: VersionHistoryDto })
  versions(@Param('id', idPipe) id: number): Promise<VersionHistoryDto> {
    return this.materials.versions(id);
  }

  /** media_id of the approved file for ww.sendChatMessage (uploaded to WeCom on demand, cached < 3 days). */
  @Get(':id/wecom-media')
  @ApiOkResponse({ type: WecomMediaDto })
  wecomMedia(@Param('id', idPipe) id: number): Promise<WecomMediaDto> {
    return this.materials.wecomMediaFor(id);
  }
}
