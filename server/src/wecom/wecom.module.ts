import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { CallbackEvent } from './callback/callback-event.entity.js';
import { CallbackEventProcessor } from './callback/callback-event.processor.js';
import { CallbackController } from './callback/callback.controller.js';
import { CallbackService } from './callback/callback.service.js';
import { ContactChangeHandler } from './callback/contact-change.handler.js';
import { SelfCheckController } from './self-check/self-check.controller.js';
import { SelfCheckService } from './self-check/self-check.service.js';
import { SimulatorControlController } from './simulator-control/simulator-control.controller.js';
import { SIMULATOR, type SimulatorHandle } from './simulator-host.js';
import { WecomCoreModule } from './wecom-core.module.js';

/**
 * Everything WeCom: the gateway and JS-SDK signatures (WecomCoreModule), the callback, the
 * configuration self-check and — in simulator mode only — the demo control endpoints.
 */
@Module({})
export class WecomModule {
  static forRoot(config: AppConfig, apiBase: string, simulator: SimulatorHandle | null): DynamicModule {
    return {
      module: WecomModule,
      global: true,
      imports: [WecomCoreModule.forRoot({ apiBaseUrl: apiBase }), TypeOrmModule.forFeature([CallbackEvent])],
      controllers: [CallbackController, SelfCheckController, ...(config.wecom.simulator ? [SimulatorControlController] : [])],
      providers: [{ provide: SIMULATOR, useValue: simulator }, CallbackService, CallbackEventProcessor, ContactChangeHandler, SelfCheckService],
      exports: [SIMULATOR],
    };
  }
}
