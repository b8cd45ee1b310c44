import type { Server } from 'node:http';
import type { Express } from 'express';
import { hotRoutesOn } from '../src/http/hot-routes.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Every route must be guarded or explicitly public. This walks the live router, calls each route
 * without credentials and fails on any route that answers anything but 401 unless it is on the list.
 */
const EXPLICITLY_PUBLIC = new Set([
  'GET /healthz',
  'GET /readyz',
  'GET /metrics',
  'GET /api/config/public',
  'POST /api/auth/login',
  'POST /api/auth/wecom/session',
  'GET /api/auth/wecom/authorize',
  'GET /api/wecom/callback',
  'POST /api/wecom/callback',
  // simulator mode only (demo picker and test controls); absent when a real WeCom is configured
  'GET /api/sim/members',
  'GET /api/sim/members/:userid/chats',
  'POST /api/sim/oauth/code',
  'POST /api/sim/mass-send/confirm',
  'POST /api/sim/contact-event',
  // the client's tracked landing page, its own files and its beacons (opened from WeChat without a session)
  'GET /t/:token',
  'GET /t/:token/file',
  'GET /t/:token/cover',
  'POST /t/:token/beacon',
]);

interface RouteInfo {
  method: string;
  path: string;
}

/** Express's routes and those Node's server answers ahead of it (http/hot-routes.ts), each once. */
function listRoutes(t: TestApp): RouteInfo[] {
  const express = t.running.app.getHttpAdapter().getInstance() as Express;
  const stack = (express as unknown as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack;
  const expressRoutes = stack
    .filter((layer) => layer.route && layer.route.path.startsWith('/'))
    .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => ({ method: m.toUpperCase(), path: layer.route!.path })));
  const hotRoutes = hotRoutesOn(t.running.app.getHttpServer() as Server).map((r) => ({ method: r.method, path: r.template }));
  const unique = new Map([...expressRoutes, ...hotRoutes].map((r) => [`${r.method} ${r.path}`, r]));
  return [...unique.values()]
    .filter((r) => r.path.startsWith('/api/') || r.path.startsWith('/t/') || ['/healthz', '/readyz', '/metrics'].includes(r.path))
    .filter((r) => !r.path.startsWith('/api/docs'));
}

describe('route guard coverage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('should find the application routes', () => {
    const routes = listRoutes(t);
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.filter((r) => hotRoutesOn(t.running.app.getHttpServer() as Server).some((hot) => hot.template === r.path))).toHaveLength(2);
  });

  it('should answer 401 without credentials on every route that is not explicitly public', async () => {
    const routes = listRoutes(t);
    const open: string[] = [];
    for (const route of routes) {
      const url = route.path.replace(/:(\w+)/g, '1');
      const call = t.http()[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
      const res = await (route.method === 'GET' || route.method === 'DELETE' ? call : call.send({}));
      if (res.status !== 401) open.push(`${route.method} ${route.path}`);
      else expect(['UNAUTHENTICATED', 'API_KEY_INVALID', 'WECOM_CALLBACK_SIGNATURE_INVALID']).toContain(res.body.code);
    }
    const unexpectedlyOpen = open.filter((r) => !EXPLICITLY_PUBLIC.has(r));
    expect(unexpectedlyOpen).toEqual([]);
    // and every listed public route exists (a stale list would hide a renamed route)
    const listed = new Set(routes.map((r) => `${r.method} ${r.path}`));
    expect([...EXPLICITLY_PUBLIC].filter((r) => !listed.has(r))).toEqual([]);
  });
});
