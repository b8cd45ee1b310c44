import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type QyapiRoute, readBody, type SimRequest, sendJson } from './http.js';
import { serveOAuthAuthorize } from './oauth-page.js';
import { authRoutes } from './routes/auth.routes.js';
import { contactRoutes } from './routes/contacts.routes.js';
import { contentRoutes } from './routes/content.routes.js';
import { controlRoutes } from './routes/control.routes.js';
import { groupChatRoutes } from './routes/groupchat.routes.js';
import { groupMsgRoutes } from './routes/groupmsg.routes.js';
import { orgRoutes } from './routes/org.routes.js';
import { SIM_ERRCODE, SimulatedWecomError } from './simulated-error.js';
import { type SimulatorOptions, SimulatorState } from './state.js';

export interface RunningWecomSimulator {
  /** Base URL to use as the gateway's apiBase (and as oauthBase). */
  url: string;
  state: SimulatorState;
  close(): Promise<void>;
}

const QYAPI_PREFIX = '/cgi-bin/';
const qyapiRoutes = new Map<string, QyapiRoute>(
  [...authRoutes, ...orgRoutes, ...contactRoutes, ...groupMsgRoutes, ...groupChatRoutes, ...contentRoutes].map((r) => [`${r.method} ${r.endpoint}`, r]),
);

/** An in-process WeCom: the qyapi endpoints ValueLens uses, with WeCom's error codes, limits and expiry rules. */
export async function startWecomSimulator(options: SimulatorOptions): Promise<RunningWecomSimulator> {
  const state = new SimulatorState(options);
  const server = createServer((request, response) => {
    handle(request, response, state).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { errcode: SIM_ERRCODE.SYSTEM_BUSY, errmsg: (error as Error).message });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle(incoming: IncomingMessage, response: ServerResponse, state: SimulatorState): Promise<void> {
  const url = new URL(incoming.url ?? '/', 'http://simulator');
  const request: SimRequest = {
    method: incoming.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: incoming.headers,
    rawBody: Buffer.alloc(0),
  };
  try {
    request.rawBody = await readBody(incoming);
    if (request.path.startsWith(QYAPI_PREFIX)) return await serveQyapi(request, response, state);
    if (request.path === '/connect/oauth2/authorize') return serveOAuthAuthorize(request, response, state);
    const control = controlRoutes.find((r) => r.method === request.method && r.path === request.path);
    if (control) return sendJson(response, 200, await control.handle(request, state));
    sendJson(response, 404, { errcode: SIM_ERRCODE.UNSUPPORTED_API, errmsg: `not found: ${request.path}` });
  } catch (error) {
    if (!(error instanceof SimulatedWecomError)) throw error;
    sendJson(response, 400, { errcode: error.errcode, errmsg: error.errmsg });
  }
}

/** qyapi answers HTTP 200 with `{errcode, errmsg, …}`, errors included. */
async function serveQyapi(request: SimRequest, response: ServerResponse, state: SimulatorState): Promise<void> {
  const endpoint = request.path.slice(QYAPI_PREFIX.length);
  state.faults.recordCall(endpoint);
  if (state.faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.faults.latencyMs));
  const route = qyapiRoutes.get(`${request.method} ${endpoint}`);
  try {
    const injected = state.faults.takeInjectedError(endpoint);
    if (injected !== undefined) throw new SimulatedWecomError(injected, 'injected fault');
    if (!route) throw new SimulatedWecomError(SIM_ERRCODE.UNSUPPORTED_API, `api not supported: ${request.method} ${endpoint}`);
    if (!route.withoutToken) state.credentials.assertAccessToken(request.query.get('access_token'));
    const result = await route.handle(request, state);
    sendJson(response, 200, { errcode: 0, errmsg: 'ok', ...result });
  } catch (error) {
    if (!(error instanceof SimulatedWecomError)) throw error;
    sendJson(response, 200, { errcode: error.errcode, errmsg: error.errmsg });
  }
}
