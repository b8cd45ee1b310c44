import { createServer, type RequestListener, type Server } from 'node:http';
import request from 'supertest';
import { AppError } from '../common/errors/app-error.js';
import { Metrics } from '../observability/metrics.js';
import { answerHotRoutes, type HotRoute, hotRoutesOn, sendBody } from './hot-routes.js';

describe('routes answered ahead of Express', () => {
  let server: Server;
  let metrics: Metrics;
  const fallThrough: RequestListener = (req, res) => sendBody(res, 299, 'text/plain', `express ${req.method} ${req.url}`);
  const echo: HotRoute = {
    method: 'GET',
    template: '/t/:token/echo',
    middleware: [
      (req, _res, next) => {
        if (req.headers['x-refuse']) return next(new AppError('FORBIDDEN'));
        if (req.headers['x-throw']) throw new Error('middleware broke');
        next();
      },
    ],
    async handle(req, res) {
      if (req.params.token === 'missing') throw new AppError('NOT_FOUND');
      sendBody(res, 200, 'application/json', JSON.stringify({ token: req.params.token, search: req.search, requestId: req.requestId }));
    },
  };

  beforeEach(() => {
    metrics = new Metrics();
    server = createServer(fallThrough);
    answerHotRoutes(server, metrics, [echo]);
  });

  it('should answer its route with decoded parameters, the query string and a request id', async () => {
    const res = await request(server).get('/t/a%20b/echo?x=1&y=2').expect(200);
    expect(res.body).toEqual({ token: 'a b', search: 'x=1&y=2', requestId: res.headers['x-request-id'] });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await request(server).get('/t/abc/echo').set('X-Request-Id', 'caller-id-123').expect(200);
    expect(kept.body).toEqual({ token: 'abc', search: '', requestId: 'caller-id-123' });
  });

  it('should pass every other request to Express untouched', async () => {
    for (const [method, path] of [
      ['get', '/t/abc/echo/'],
      ['post', '/t/abc/echo'],
      ['get', '/t/abc/other'],
      ['get', '/t/a/b/echo'],
      ['get', '/t/%E0%A4%A/echo'],
    ] as const) {
      const res = await request(server)[method](path).expect(299);
      expect(res.text).toBe(`express ${method.toUpperCase()} ${path}`);
    }
  });

  it('should answer failures in the error model, thrown by the handler or by a middleware or passed on', async () => {
    const notFound = await request(server).get('/t/missing/echo').set('X-Request-Id', 'caller-id-456').expect(404);
    expect(notFound.body).toMatchObject({ code: 'NOT_FOUND', requestId: 'caller-id-456' });
    expect((await request(server).get('/t/abc/echo').set('X-Refuse', '1').expect(403)).body.code).toBe('FORBIDDEN');
    expect((await request(server).get('/t/abc/echo').set('X-Throw', '1').expect(500)).body.code).toBe('INTERNAL_ERROR');
  });

  it('should time its requests under the route template', async () => {
    await request(server).get('/t/one/echo').expect(200);
    await request(server).get('/t/missing/echo').expect(404);
    const text = await metrics.registry.metrics();
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/t/:token/echo",status="200"} 1');
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/t/:token/echo",status="404"} 1');
  });

  it('should list its routes and refuse a server whose listener is not Express alone', () => {
    expect(hotRoutesOn(server)).toEqual([echo]);
    expect(() => answerHotRoutes(createServer(), metrics, [echo])).toThrow(/one request listener/);
  });
});
