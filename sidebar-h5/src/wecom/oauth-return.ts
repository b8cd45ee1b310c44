/**
 * WeCom's OAuth page sends the member back to the redirect_uri with `?code=…&state=…`. The server puts
 * the sidebar's hash route into `state` because a redirect_uri cannot carry a fragment
 * (server/src/modules/auth/wecom-oauth.ts), so the route is restored from it here.
 */
export interface OauthReturn {
  code: string | null;
  /** The same page without code/state: what the address bar shows and what the JS-SDK signs. */
  cleanHref: string;
}

function withoutOauthParams(params: URLSearchParams): { code: string | null; state: string | null } {
  const code = params.get('code');
  const state = params.get('state');
  if (code !== null) {
    params.delete('code');
    params.delete('state');
  }
  return { code, state };
}

export function readOauthReturn(href: string): OauthReturn {
  const url = new URL(href);
  const fromSearch = withoutOauthParams(url.searchParams);

  // Defensive: a code that landed inside the hash route (`#/portrait?code=…`) is stripped too.
  const [route = '', hashQuery] = url.hash.replace(/^#/, '').split('?');
  const hashParams = new URLSearchParams(hashQuery ?? '');
  const fromHash = withoutOauthParams(hashParams);
  const code = fromSearch.code ?? fromHash.code;
  if (code === null) return { code: null, cleanHref: href };

  const rest = hashParams.toString();
  let hash = route + (rest ? `?${rest}` : '');
  const state = fromSearch.state;
  if ((hash === '' || hash === '/') && state?.startsWith('/')) hash = state;
  url.hash = hash ? `#${hash}` : '';
  return { code, cleanHref: url.toString() };
}

/** What the authorize endpoint should send the member back to (path + hash, no query). */
export function returnPathOf(href: string): string {
  const url = new URL(href);
  return url.pathname + url.hash;
}
