import type { ServerResponse } from 'node:http';
import { type SimRequest, sendJson } from './http.js';
import type { SimulatorState } from './state.js';

/**
 * The simulator's stand-in for open.weixin.qq.com/connect/oauth2/authorize: with `userid` it redirects straight
 * back with a fresh code (browser tests); without, it lists the members so a demo visitor picks an advisor.
 */
export function serveOAuthAuthorize(request: SimRequest, response: ServerResponse, state: SimulatorState): void {
  const redirectUri = request.query.get('redirect_uri');
  if (request.query.get('appid') !== state.corpId || !redirectUri || !/^https?:\/\//.test(redirectUri)) {
    sendJson(response, 400, { errcode: 40058, errmsg: 'invalid appid or redirect_uri' });
    return;
  }
  const userid = request.query.get('userid');
  if (userid && state.directory.members.has(userid)) {
    const target = new URL(redirectUri);
    target.searchParams.set('code', state.mintOAuthCode(userid));
    target.searchParams.set('state', request.query.get('state') ?? '');
    response.writeHead(302, { location: target.toString() });
    response.end();
    return;
  }
  const links = [...state.directory.members.values()]
    .map((m) => {
      const pick = new URLSearchParams(request.query);
      pick.set('userid', m.userid);
      return `<li><a href="?${escapeHtml(pick.toString())}">${escapeHtml(m.name)}（${escapeHtml(m.userid)}）</a></li>`;
    })
    .join('');
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>模拟企业微信登录</title><body><h3>请选择以哪位成员身份进入</h3><ul>${links}</ul></body></html>`);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
