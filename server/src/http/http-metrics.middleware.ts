import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from '../observability/metrics.js';

/** Records latency per route template (not per URL, to keep label cardinality bounded). */
export function httpMetricsMiddleware(metrics: Metrics) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const end = metrics.httpDuration.startTimer();
    res.on('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : routeGroup(req.path);
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };
}

function routeGroup(path: string): string {
  if (path.startsWith('/sidebar')) return '/sidebar/*';
  if (path.startsWith('/admin')) return '/admin/*';
  if (path.startsWith('/t/')) return '/t/:token';
  return 'unmatched';
}
