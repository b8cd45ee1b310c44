import { Inject, Injectable, Optional } from '@nestjs/common';
import { CLOCK, type Clock } from '../../common/clock.js';
import { AppError } from '../../common/errors/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { WECOM_API, type WecomApi } from '../gateway/wecom-gateway.types.js';
import { JSSDK_URL_MAX_LENGTH, type JssdkConfigDto, type JssdkSignatureDto } from './jssdk.dto.js';
import { signJsapi } from './jssdk-signature.js';
import { NONCE_GENERATOR, type NonceGenerator, randomNonceGenerator } from './nonce-generator.js';

/** The sidebar APIs ValueLens registers (WECOM.md §1.3–1.4); plain names, no "ww." prefix. */
export const SIDEBAR_JS_API_LIST = [
  'getContext',
  'getCurExternalContact',
  'getCurExternalChat',
  'sendChatMessage',
  'shareToExternalContact',
  'shareToExternalChat',
  'shareToExternalMoments',
  'openEnterpriseChat',
  'navigateToAddCustomer',
  'selectExternalContact',
  'openUserProfile',
] as const;

/** Server-side JS-SDK signing: tickets never leave the server (WECOM.md §1.2, §2). */
@Injectable()
export class JssdkService {
  private readonly nonces: NonceGenerator;

  constructor(
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(NONCE_GENERATOR) nonces: NonceGenerator | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.nonces = nonces ?? randomNonceGenerator;
  }

  /** What ww.register needs besides the signatures. */
  clientConfig(): JssdkConfigDto {
    return { corpId: this.config.wecom.corpId, agentId: this.config.wecom.agentId, jsApiList: [...SIDEBAR_JS_API_LIST] };
  }

  /** For ww.register's getConfigSignature (wx.config, corp identity): the corp jsapi_ticket. */
  async configSignature(url: string): Promise<JssdkSignatureDto> {
    assertSignableUrl(url);
    return this.sign(await this.wecom.getCorpJsapiTicket(), url);
  }

  /** For getAgentConfigSignature (agentConfig, app identity): the agent_config ticket. */
  async agentSignature(url: string): Promise<JssdkSignatureDto> {
    assertSignableUrl(url);
    return this.sign(await this.wecom.getAgentJsapiTicket(), url);
  }

  private sign(ticket: string, url: string): JssdkSignatureDto {
    const timestamp = Math.floor(this.clock.now().getTime() / 1000); // seconds, not ms (WECOM.md §5.3 #7)
    const nonceStr = this.nonces.nonce();
    return { timestamp, nonceStr, signature: signJsapi(ticket, nonceStr, timestamp, url) };
  }
}

/** Signing a URL with '#' is the most common cause of "invalid signature" (WECOM.md §5.3 #1): refuse it. */
function assertSignableUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('JSSDK_URL_INVALID');
  }
  if (url.length > JSSDK_URL_MAX_LENGTH || url.includes('#') || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new AppError('JSSDK_URL_INVALID');
  }
}
