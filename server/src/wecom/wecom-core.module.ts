import { type DynamicModule, Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { CLOCK, type Clock } from '../common/clock.js';
import { REDIS } from '../common/core.module.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Metrics } from '../observability/metrics.js';
import { InMemoryTokenStore, type TokenStore, WECOM_TOKEN_STORE } from './gateway/token-store.js';
import { RedisTokenStore } from './gateway/redis-token-store.js';
import { WecomGateway } from './gateway/wecom-gateway.js';
import { WECOM_API } from './gateway/wecom-gateway.types.js';
import { JssdkController } from './jssdk/jssdk.controller.js';
import { JssdkService } from './jssdk/jssdk.service.js';
import { NONCE_GENERATOR, randomNonceGenerator } from './jssdk/nonce-generator.js';

/** qyapi base URL: https://qyapi.weixin.qq.com, or the in-process simulator's URL in demo mode. */
export const WECOM_API_BASE_URL = Symbol('WECOM_API_BASE_URL');

export interface WecomCoreOptions {
  apiBaseUrl: string;
}

/**
 * The gateway (WECOM_API) and JS-SDK signing. Redis, when configured, shares tokens and tickets across
 * instances; otherwise they live in this process. Global so every feature module can inject WECOM_API.
 */
@Module({})
export class WecomCoreModule {
  static forRoot(options: WecomCoreOptions): DynamicModule {
    return {
      module: WecomCoreModule,
      global: true,
      controllers: [JssdkController],
      providers: [
        { provide: WECOM_API_BASE_URL, useValue: options.apiBaseUrl },
        {
          provide: WECOM_TOKEN_STORE,
          inject: [REDIS],
          useFactory: (redis: Redis | null): TokenStore => (redis ? new RedisTokenStore(redis) : new InMemoryTokenStore()),
        },
        {
          provide: WECOM_API,
          // Metrics (global, from HealthModule) is optional so the module also runs in slim test apps.
          inject: [APP_CONFIG, CLOCK, WECOM_API_BASE_URL, WECOM_TOKEN_STORE, { token: Metrics, optional: true }],
          useFactory: (config: AppConfig, clock: Clock, apiBase: string, tokenStore: TokenStore, metrics?: Metrics) =>
            new WecomGateway({
              apiBase,
              corpId: config.wecom.corpId,
              agentId: config.wecom.agentId,
              secret: config.wecom.secret,
              tokenStore,
              clock,
              onCall: metrics
                ? (endpoint, errcode, ms) => {
                    metrics.wecomCalls.inc({ endpoint, errcode: String(errcode) });
                    metrics.wecomLatency.observe({ endpoint }, ms / 1000);
                  }
                : undefined,
            }),
        },
        { provide: NONCE_GENERATOR, useValue: randomNonceGenerator },
        JssdkService,
      ],
      exports: [WECOM_API, WECOM_API_BASE_URL, WECOM_TOKEN_STORE, JssdkService],
    };
  }
}
