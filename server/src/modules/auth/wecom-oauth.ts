import type { AppConfig } from '../../config/app-config.js';

/** Only paths inside the sidebar may be OAuth return targets (no open redirect). */
export function safeSidebarPath(redirect: string | undefined): string {
  if (!redirect || !redirect.startsWith('/sidebar/') || redirect.startsWith('//') || /[\r\n\\]/.test(redirect)) return '/sidebar/';
  return redirect;
}

/**
 * WeCom web OAuth (snsapi_base) for the sidebar: WeCom redirects back with ?code=, which the sidebar
 * posts to /api/auth/wecom/session. In simulator mode the demo picker stands in for WeCom's page.
 */
export function buildAuthorizeUrl(config: AppConfig, redirect: string | undefined): string {
  const target = safeSidebarPath(redirect);
  if (config.wecom.simulator) return target;
  const [path, hash] = target.split('#');
  const redirectUri = `${config.publicBaseUrl}${path}`;
  const params = new URLSearchParams({
    appid: config.wecom.corpId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'snsapi_base',
    state: hash ? hash.slice(0, 100) : 'sidebar',
    agentid: config.wecom.agentId,
  });
  return `${config.wecom.oauthBase}/connect/oauth2/authorize?${params.toString()}#wechat_redirect`;
}
