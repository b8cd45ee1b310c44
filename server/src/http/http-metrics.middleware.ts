import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { urlPath } from '../common/http/url-path.js';
import type { Metrics } from '../observability/metrics.js';

/** Records latency per route template (not per URL, to keep label cardinality bounded), as Express matched it. */
export function httpMetricsMiddleware(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    timeUntilFinished(metrics, req, res, () => (req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : routeGroup(urlPath(req.originalUrl))));
    next();
  };
}

/** The same, for a route answered ahead of Express, whose template is known up front. */
export function routeMetricsMiddleware(metrics: Metrics, template: string) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    timeUntilFinished(metrics, req, res, () => template);
    next();
  };
}

function timeUntilFinished(metrics: Metrics, req: IncomingMessage, res: ServerResponse, route: () => string): void {
  const end = metrics.httpDuration.startTimer();
  res.on('finish', () => end({ method: req.method, route: route(), status: String(res.statusCode) }));
}

function routeGroup(path: string): string {
  if (path.startsWith('/sidebar')) return '/sidebar/*';
  if (path.startsWith('/admin')) return '/admin/*';
  if (path.startsWith('/t/')) return '/t/:token';
  return 'unmatched';
}
