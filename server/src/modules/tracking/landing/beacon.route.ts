import express, { type Express, type Request, type Response } from 'express';
import { routeAheadOfNest } from '../../../http/route-ahead-of-nest.js';
import type { Metrics } from '../../../observability/metrics.js';
import type { BeaconService } from '../beacon/beacon.service.js';

/**
 * POST /t/:token/beacon (public: the client's browser, no session), outside Nest's pipeline. Every open page sends
 * one every 15 s, which makes it the busiest route there is, and it needs none of what the staff API does (cookies,
 * compression, guards, validation pipes). It keeps request ids, metrics and the error model (http/route-ahead-of-nest.ts).
 * navigator.sendBeacon posts a string as text/plain (no CORS preflight); a beacon is tiny, so anything over 2 KB is
 * refused (413).
 */
export function mountBeaconRoute(server: Express, beacons: BeaconService, metrics: Metrics): void {
  server.post(
    '/t/:token/beacon',
    ...routeAheadOfNest<{ token: string }>(
      metrics,
      [express.text({ type: 'text/plain', limit: '2kb' }), express.json({ limit: '2kb' })],
      async (req: Request<{ token: string }>, res: Response) => {
        res.setHeader('Cache-Control', 'no-store');
        const outcome = await beacons.record(req.params.token, req.body, req.get('user-agent'));
        if (outcome === 'withdrawn') res.status(410).json({ code: 'CONTENT_EXPIRED', message: '该内容已下架', requestId: req.requestId ?? 'unknown' });
        else res.status(204).end();
      },
    ),
  );
}
