import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { sendError } from '../common/errors/http-exception.filter.js';
import { type IdentifiedRequest, requestIdMiddleware } from '../common/http/request-id.middleware.js';
import { urlPath } from '../common/http/url-path.js';
import type { Metrics } from '../observability/metrics.js';
import { routeMetricsMiddleware } from './http-metrics.middleware.js';

/** Connect-style middleware on Node's own request and response (body parsers, compression and cookie-parser are). */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A request on a hot route: what matching adds (parameters, query string) and what its middleware may set. */
export interface HotRequest extends IdentifiedRequest {
  params: Record<string, string>;
  /** The URL's query string, without the '?'. */
  search: string;
  body?: unknown;
}

export interface HotRoute {
  method: 'GET' | 'POST';
  /** The path, as Express would declare it ('/t/:token/beacon'): matched exactly, and the route's metrics label. */
  template: string;
  middleware: NodeMiddleware[];
  handle(req: HotRequest, res: ServerResponse): Promise<void>;
}

interface CompiledRoute {
  route: HotRoute;
  pattern: RegExp;
  names: string[];
  /** What runs before the handler: the request id, the route's metrics, then its own middleware. */
  pipeline: NodeMiddleware[];
}

const routesByServer = new WeakMap<Server, readonly HotRoute[]>();

/**
 * Answers the busiest routes in Node's own request listener, ahead of Express: for these, Express's per-request work
 * (re-prototyping the request and response, the router's walk over every route, `res.send`) and Nest's (guards,
 * pipes, interceptors) cost more CPU than the route's own reads, about 0.4 ms of 1 ms for the sidebar profile. Every
 * other request goes on to Express unchanged, and so does a hot path in any other spelling (a trailing slash, another
 * method, an undecodable parameter): Express and Nest still serve it there. What the pipeline gives every route is
 * kept: a request id, latency metrics under the route's template, then the route's own middleware and handler; a
 * failure, thrown or passed on by a middleware, is answered in the error model. Routes authenticate and validate for
 * themselves, with the functions the pipeline uses.
 */
export function answerHotRoutes(server: Server, metrics: Metrics, routes: HotRoute[]): void {
  const listeners = server.listeners('request') as RequestListener[];
  if (listeners.length !== 1) throw new Error(`expected Express as the server's one request listener, found ${listeners.length}`);
  const [express] = listeners as [RequestListener];
  const compiled = routes.map((route) => compile(route, metrics));
  server.removeListener('request', express);
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    const path = urlPath(url);
    for (const { route, pattern, names, pipeline } of compiled) {
      if (req.method !== route.method) continue;
      const params = matchParams(pattern, names, path);
      if (!params) continue;
      const hot = Object.assign(req, { params, search: url.slice(path.length + 1) });
      run(pipeline, route, hot, res);
      return;
    }
    express(req, res);
  });
  routesByServer.set(server, routes);
}

/** The routes answered ahead of Express on this server (the route-guard walk calls them too). */
export function hotRoutesOn(server: Server): readonly HotRoute[] {
  return routesByServer.get(server) ?? [];
}

/** Writes a whole answer (status, type, length) in one call. */
export function sendBody(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

function run(middleware: NodeMiddleware[], route: HotRoute, req: HotRequest, res: ServerResponse): void {
  let index = 0;
  const next = (error?: unknown): void => {
    if (error) return sendError(error, req, res);
    const step = middleware[index++];
    if (!step) {
      route.handle(req, res).catch((failure: unknown) => sendError(failure, req, res));
      return;
    }
    try {
      step(req, res, next);
    } catch (failure) {
      sendError(failure, req, res);
    }
  };
  next();
}

function compile(route: HotRoute, metrics: Metrics): CompiledRoute {
  const names: string[] = [];
  const source = route.template
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  const pipeline = [requestIdMiddleware, routeMetricsMiddleware(metrics, route.template), ...route.middleware] as NodeMiddleware[];
  return { route, pattern: new RegExp(`^${source}$`), names, pipeline };
}

/** The path's parameters, decoded, or null when the path is not this route's or a parameter does not decode. */
function matchParams(pattern: RegExp, names: string[], path: string): Record<string, string> | null {
  const match = pattern.exec(path);
  if (!match) return null;
  const params: Record<string, string> = {};
  try {
    names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1]!)));
  } catch {
    return null;
  }
  return params;
}
