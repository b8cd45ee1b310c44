import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';

export class PublicConfigDto {
  @ApiProperty({ description: 'true when the built-in WeCom simulator stands in for WeCom (demo mode)' }) simulator: boolean;
  @ApiProperty() corpId: string;
  @ApiProperty() agentId: string;
}

/** What the apps need before login: whether this is a demo, and the WeCom ids (not secrets). */
@ApiTags('config')
@Controller('api/config')
export class PublicConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Public('non-secret bootstrap settings for the apps')
  @Get('public')
  @ApiOkResponse({ type: PublicConfigDto })
  get(): PublicConfigDto {
    return { simulator: this.config.wecom.simulator, corpId: this.config.wecom.corpId, agentId: this.config.wecom.agentId };
  }
}
