import { Global, Module } from '@nestjs/common';
import { Metrics } from '../observability/metrics.js';
import { HealthController } from './health.controller.js';
import { ShutdownState } from './shutdown-state.js';

@Global()
@Module({
  controllers: [HealthController],
  providers: [{ provide: Metrics, useFactory: () => new Metrics() }, ShutdownState],
  exports: [Metrics, ShutdownState],
})
export class HealthModule {}
