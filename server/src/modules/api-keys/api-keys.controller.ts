import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Roles } from '../../common/auth/auth.decorators.js';
import { EnumField, TextField } from '../../common/validation/fields.js';
import { idPipe } from '../../common/validation/id-param.js';
import { ApiKeysService } from './api-keys.service.js';

export const API_KEY_SCOPES = ['ingest'] as const;

class CreateApiKeyDto {
  @TextField({ max: 64, description: 'What feeds through this key, e.g. 神策转发' }) name: string;
  @EnumField(API_KEY_SCOPES) scope: (typeof API_KEY_SCOPES)[number];
}

class ApiKeyDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() prefix: string;
  @ApiProperty() scope: string;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) lastUsedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) revokedAt: string | null;
}

class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key in clear: shown only in this response' }) key: string;
}

@ApiTags('api-keys')
@Roles('admin')
@Controller('api/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOkResponse({ type: [ApiKeyDto] })
  list(): Promise<ApiKeyDto[]> {
    return this.keys.list();
  }

  @Post()
  @ApiOkResponse({ type: CreatedApiKeyDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateApiKeyDto): Promise<CreatedApiKeyDto> {
    return this.keys.create(actor, dto.name, dto.scope);
  }

  @Delete(':id')
  @HttpCode(204)
  revoke(@CurrentActor() actor: Actor, @Param('id', idPipe) id: number): Promise<void> {
    return this.keys.revoke(actor, id);
  }
}
