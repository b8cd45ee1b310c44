import { http, type RequestOptions } from './http';
import type { JssdkConfig, JssdkSignature } from './types';

export function fetchJssdkConfig(options?: RequestOptions): Promise<JssdkConfig> {
  return http.get<JssdkConfig>('/api/wecom/jssdk/config', options);
}

/** Corp identity (wx.config, corp jsapi_ticket). `url` is the page URL without '#', as the SDK passes it. */
export function signCorpConfig(url: string, options?: RequestOptions): Promise<JssdkSignature> {
  return http.post<JssdkSignature>('/api/wecom/jssdk/config-signature', { url }, options);
}

/** App identity (agentConfig, agent_config ticket) — required by every sidebar API. */
export function signAgentConfig(url: string, options?: RequestOptions): Promise<JssdkSignature> {
  return http.post<JssdkSignature>('/api/wecom/jssdk/agent-signature', { url }, options);
}
