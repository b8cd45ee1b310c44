import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import type { ParamsDictionary } from 'express-serve-static-core';
import { sendError } from '../common/errors/http-exception.filter.js';
import { requestIdMiddleware } from '../common/http/request-id.middleware.js';
import type { Metrics } from '../observability/metrics.js';
import { httpMetricsMiddleware } from './http-metrics.middleware.js';

/**
 * The handlers of a route Express answers ahead of Nest's pipeline, for the busiest routes: there, the router's walk
 * over every other route, the app-wide body parsers and Nest's per-request machinery (guard metadata, pipes,
 * interceptors, the response controller) cost more than the route's own work. What the pipeline gives every route is
 * kept: a request id, latency metrics under the route's template, then the route's own middleware, then `handle`;
 * a failure, thrown by `handle` or passed on by a middleware, is answered in the error model. The route authenticates
 * and validates for itself, with the same functions the pipeline uses.
 */
export function routeAheadOfNest<P = ParamsDictionary>(
  metrics: Metrics,
  middleware: RequestHandler[],
  handle: (req: Request<P>, res: Response) => Promise<void>,
): [...RequestHandler[], ErrorRequestHandler] {
  const answer = async (req: Request<P>, res: Response) => {
    try {
      await handle(req, res);
    } catch (error) {
      sendError(error, req as Request, res);
    }
  };
  const failed: ErrorRequestHandler = (error: unknown, req: Request, res: Response, _next: NextFunction) => sendError(error, req, res);
  return [requestIdMiddleware, httpMetricsMiddleware(metrics), ...middleware, answer as unknown as RequestHandler, failed];
}
