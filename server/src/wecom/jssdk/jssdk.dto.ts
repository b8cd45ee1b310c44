import { ApiProperty } from '@nestjs/swagger';
import { TextField } from '../../common/validation/fields.js';

export const JSSDK_URL_MAX_LENGTH = 1024;

export class JssdkSignatureRequestDto {
  @TextField({
    max: JSSDK_URL_MAX_LENGTH,
    description: 'The page URL without "#" and what follows (@wecom/jssdk passes location.href.split("#")[0]); signed exactly as sent',
    example: 'https://valuelens.example.com/sidebar/?from=toolbar',
  })
  url: string;
}

export class JssdkSignatureDto {
  @ApiProperty({ description: 'Seconds since the epoch, as signed' }) timestamp: number;
  @ApiProperty({ description: 'Random string, as signed' }) nonceStr: string;
  @ApiProperty({ description: 'sha1 hex of jsapi_ticket, noncestr, timestamp and url' }) signature: string;
}

export class JssdkConfigDto {
  @ApiProperty({ description: 'WeCom CorpID for ww.register' }) corpId: string;
  @ApiProperty({ description: 'AgentId of the self-built app (agentConfig is required by every sidebar API)' }) agentId: string;
  @ApiProperty({ type: [String], description: 'Plain JS-SDK API names, without a "ww." prefix' }) jsApiList: string[];
}
