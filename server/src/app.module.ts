import { type DynamicModule, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoreModule, type CoreOverrides } from './common/core.module.js';
import type { AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { HealthModule } from './health/health.module.js';
import { ApiKeysModule } from './modules/api-keys/api-keys.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { ClientDataModule } from './modules/client-data/client-data.module.js';
import { ClientsModule } from './modules/clients/clients.module.js';
import { ComplianceModule } from './modules/compliance/compliance.module.js';
import { IngestModule } from './modules/ingest/ingest.module.js';
import { LibraryModule } from './modules/library/library.module.js';
import { PortraitModule } from './modules/portrait/portrait.module.js';
import { SegmentsModule } from './modules/segments/segments.module.js';
import { OutreachModule } from './modules/outreach/outreach.module.js';
import { TrackingModule } from './modules/tracking/tracking.module.js';
import { FeedModule } from './modules/feed/feed.module.js';
import { AnalyticsModule } from './modules/analytics/analytics.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { GroupChatsModule } from './modules/group-chats/group-chats.module.js';
import { OrgModule } from './modules/org/org.module.js';
import { PublicConfigModule } from './modules/public-config/public-config.module.js';
import type { SimulatorHandle } from './wecom/simulator-host.js';
import { WecomModule } from './wecom/wecom.module.js';

export interface AppModuleOptions extends CoreOverrides {
  /** qyapi base URL: the configured one, or the in-process simulator's. */
  wecomApiBase: string;
  simulator: SimulatorHandle | null;
  /** Run pending migrations as the connection opens, before modules seed their defaults. */
  migrate: boolean;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.database), migrationsRun: options.migrate, migrationsTransactionMode: 'each' }),
        EventEmitterModule.forRoot({ wildcard: false }),
        CoreModule.forRoot(config, options),
        HealthModule,
        WecomModule.forRoot(config, options.wecomApiBase, options.simulator),
        AuthModule,
        OrgModule,
        ClientsModule,
        GroupChatsModule,
        ApiKeysModule,
        DashboardModule,
        PublicConfigModule,
        ClientDataModule,
        IngestModule,
        PortraitModule,
        SegmentsModule,
        LibraryModule,
        ComplianceModule,
        OutreachModule,
        TrackingModule,
        FeedModule,
        AnalyticsModule,
      ],
    };
  }
}
