import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { CLOCK, ManualClock } from '../../common/clock.js';
import { HttpExceptionFilter } from '../../common/errors/http-exception.filter.js';
import { createValidationPipe } from '../../common/validation/validation.pipe.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { WECOM_API, type WecomApi } from '../gateway/wecom-gateway.types.js';
import { JssdkController } from './jssdk.controller.js';
import { JssdkService, SIDEBAR_JS_API_LIST } from './jssdk.service.js';
import { signJsapi } from './jssdk-signature.js';
import { NONCE_GENERATOR } from './nonce-generator.js';

const CORP_TICKET = 'corp-ticket-1';
const AGENT_TICKET = 'agent-ticket-1';
const NOW = new Date('2026-11-20T02:00:00.000Z');
const NOW_SECONDS = NOW.getTime() / 1000;

/** Only the two ticket methods matter here; the rest of WecomApi must never be touched by JS-SDK signing. */
const tickets = {
  getCorpJsapiTicket: async () => CORP_TICKET,
  getAgentJsapiTicket: async () => AGENT_TICKET,
} as Partial<WecomApi> as WecomApi;

describe('JS-SDK signatures over HTTP', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [JssdkController],
      providers: [
        JssdkService,
        { provide: WECOM_API, useValue: tickets },
        { provide: CLOCK, useValue: new ManualClock(NOW) },
        { provide: NONCE_GENERATOR, useValue: { nonce: () => 'Wm3WZYTPz0wzccnW' } },
        { provide: APP_CONFIG, useValue: { wecom: { corpId: 'wwcorp', agentId: '1000002' } } as AppConfig },
      ],
    }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new HttpExceptionFilter());
    await app.init();
  });

  afterAll(() => app.close());

  it('should sign exactly the received URL with the corp ticket for wx.config', async () => {
    const url = 'https://vl.example.com/sidebar/?entry=single_chat_tools&q=价值';
    const res = await request(app.getHttpServer()).post('/api/wecom/jssdk/config-signature').send({ url }).expect(200);
    expect(res.body).toEqual({
      timestamp: NOW_SECONDS,
      nonceStr: 'Wm3WZYTPz0wzccnW',
      signature: signJsapi(CORP_TICKET, 'Wm3WZYTPz0wzccnW', NOW_SECONDS, url),
    });
  });

  it('should sign with the agent ticket for agentConfig', async () => {
    const url = 'https://vl.example.com/sidebar/';
    const res = await request(app.getHttpServer()).post('/api/wecom/jssdk/agent-signature').send({ url }).expect(200);
    expect(res.body.signature).toBe(signJsapi(AGENT_TICKET, 'Wm3WZYTPz0wzccnW', NOW_SECONDS, url));
    expect(res.body.signature).not.toBe(signJsapi(CORP_TICKET, 'Wm3WZYTPz0wzccnW', NOW_SECONDS, url));
  });

  it.each([
    ['a URL with "#"', 'https://vl.example.com/sidebar/#/client/1'],
    ['a non-http scheme', 'javascript:alert(1)'],
    ['a relative URL', '/sidebar/'],
  ])('should answer 400 JSSDK_URL_INVALID for %s', async (_name, url) => {
    const res = await request(app.getHttpServer()).post('/api/wecom/jssdk/config-signature').send({ url }).expect(400);
    expect(res.body.code).toBe('JSSDK_URL_INVALID');
  });

  it('should answer 400 VALIDATION_FAILED for a missing or too long url', async () => {
    await request(app.getHttpServer()).post('/api/wecom/jssdk/agent-signature').send({}).expect(400);
    const long = `https://vl.example.com/?q=${'x'.repeat(1024)}`;
    const res = await request(app.getHttpServer()).post('/api/wecom/jssdk/agent-signature').send({ url: long }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('should give corpId, agentId and the sidebar jsApiList', async () => {
    const res = await request(app.getHttpServer()).get('/api/wecom/jssdk/config').expect(200);
    expect(res.body).toEqual({ corpId: 'wwcorp', agentId: '1000002', jsApiList: [...SIDEBAR_JS_API_LIST] });
  });
});
