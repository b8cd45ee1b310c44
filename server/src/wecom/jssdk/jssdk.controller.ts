import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JssdkConfigDto, JssdkSignatureDto, JssdkSignatureRequestDto } from './jssdk.dto.js';
import { JssdkService } from './jssdk.service.js';

/** Signatures for ww.register in the sidebar. Session required (global guard): staff only. */
@ApiTags('wecom')
@Controller('api/wecom/jssdk')
export class JssdkController {
  constructor(private readonly jssdk: JssdkService) {}

  @Get('config')
  @ApiOperation({ summary: 'corpId, agentId and jsApiList for ww.register' })
  @ApiOkResponse({ type: JssdkConfigDto })
  config(): JssdkConfigDto {
    return this.jssdk.clientConfig();
  }

  @Post('config-signature')
  @HttpCode(200)
  @ApiOperation({ summary: 'Signature for wx.config (corp jsapi_ticket)' })
  @ApiOkResponse({ type: JssdkSignatureDto })
  configSignature(@Body() body: JssdkSignatureRequestDto): Promise<JssdkSignatureDto> {
    return this.jssdk.configSignature(body.url);
  }

  @Post('agent-signature')
  @HttpCode(200)
  @ApiOperation({ summary: 'Signature for agentConfig (agent_config ticket)' })
  @ApiOkResponse({ type: JssdkSignatureDto })
  agentSignature(@Body() body: JssdkSignatureRequestDto): Promise<JssdkSignatureDto> {
    return this.jssdk.agentSignature(body.url);
  }
}
