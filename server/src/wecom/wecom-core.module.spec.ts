import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { CLOCK, systemClock } from '../common/clock.js';
import { REDIS } from '../common/core.module.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Metrics } from '../observability/metrics.js';
import { startWecomSimulator } from './simulator/simulator.js';
import { sampleSeed } from './simulator/sample-seed.js';
import { WECOM_API, type WecomApi } from './gateway/wecom-gateway.types.js';
import { JssdkService } from './jssdk/jssdk.service.js';
import { WecomCoreModule } from './wecom-core.module.js';

const wecom = { corpId: 'wwcoremod', agentId: '1000002', secret: 'core-secret' };

@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useValue: { wecom } as AppConfig },
    { provide: CLOCK, useValue: systemClock },
    { provide: REDIS, useValue: null },
    { provide: Metrics, useFactory: () => new Metrics() },
  ],
  exports: [APP_CONFIG, CLOCK, REDIS, Metrics],
})
class FakeCoreModule {}

describe('WecomCoreModule', () => {
  it('should build a gateway from config and the base URL, and count calls in Prometheus', async () => {
    const sim = await startWecomSimulator({ ...wecom, seed: sampleSeed() });
    try {
      const moduleRef = await Test.createTestingModule({ imports: [FakeCoreModule, WecomCoreModule.forRoot({ apiBaseUrl: sim.url })] }).compile();
      const api = moduleRef.get<WecomApi>(WECOM_API);
      expect(await api.listExternalContactIds('lisi')).toEqual(['wmclient002', 'wmclient003']);
      const signature = await moduleRef.get(JssdkService).agentSignature('https://vl.example.com/sidebar/');
      expect(signature.nonceStr).toMatch(/^[A-Za-z0-9]{16}$/);
      const text = await moduleRef.get(Metrics).registry.metrics();
      expect(text).toContain('wecom_api_calls_total{endpoint="externalcontact/list",errcode="0"} 1');
      await moduleRef.close();
    } finally {
      await sim.close();
    }
  });
});
