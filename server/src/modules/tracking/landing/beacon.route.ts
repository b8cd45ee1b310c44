import express from 'express';
import { type HotRoute, type NodeMiddleware, sendBody } from '../../../http/hot-routes.js';
import type { BeaconService } from '../beacon/beacon.service.js';

/**
 * POST /t/:token/beacon (public: the client's browser, no session), answered ahead of Express (http/hot-routes.ts).
 * Every open page sends one every 15 s, which makes it the busiest route there is, and it needs none of what the
 * staff API does (cookies, compression, guards, validation pipes). navigator.sendBeacon posts a string as text/plain
 * (no CORS preflight); a beacon is tiny, so anything over 2 KB is refused (413).
 */
export function beaconRoute(beacons: BeaconService): HotRoute {
  return {
    method: 'POST',
    template: '/t/:token/beacon',
    middleware: [express.text({ type: 'text/plain', limit: '2kb' }), express.json({ limit: '2kb' })] as unknown as NodeMiddleware[],
    async handle(req, res) {
      res.setHeader('Cache-Control', 'no-store');
      const outcome = await beacons.record(req.params.token!, req.body, req.headers['user-agent']);
      if (outcome === 'withdrawn') {
        sendBody(res, 410, 'application/json; charset=utf-8', JSON.stringify({ code: 'CONTENT_EXPIRED', message: '该内容已下架', requestId: req.requestId ?? 'unknown' }));
      } else {
        res.statusCode = 204;
        res.end();
      }
    },
  };
}
