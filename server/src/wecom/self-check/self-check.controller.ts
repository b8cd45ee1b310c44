import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/auth.decorators.js';
import { SelfCheckService } from './self-check.service.js';

class SelfCheckItemDto {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() ok: boolean;
  @ApiProperty() detail: string;
  @ApiPropertyOptional() hint?: string;
}

class SelfCheckDto {
  @ApiProperty({ enum: ['simulator', 'live'] }) mode: 'simulator' | 'live';
  @ApiProperty({ type: [SelfCheckItemDto] }) checks: SelfCheckItemDto[];
}

@ApiTags('wecom')
@Controller('api/wecom/self-check')
export class SelfCheckController {
  constructor(private readonly selfCheck: SelfCheckService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: SelfCheckDto })
  run(): Promise<SelfCheckDto> {
    return this.selfCheck.run();
  }
}
