import { Module } from '@nestjs/common';
import { AuditLogModule } from '../audit-log/audit-log.module.js';
import { AnalyticsController } from './analytics.controller.js';
import { AdvisorAnalyticsService } from './query/advisor-analytics.service.js';
import { AdvisorDirectory } from './query/advisor-directory.js';
import { BranchRollupService } from './query/branch-rollup.service.js';
import { ClientDrilldownService } from './query/client-drilldown.service.js';
import { RollupReader } from './query/rollup-reader.js';
import { AnalyticsScheduler } from './rollup/analytics-scheduler.js';
import { RollupRequestService } from './rollup/rollup-request.service.js';
import { RollupTriggersListener } from './rollup/rollup-triggers.listener.js';
import { RollupService } from './rollup/rollup.service.js';
import { WindowStatsSource } from './rollup/window-stats.source.js';

/**
 * Manager analytics over daily rollups (advisor_daily_stats / advisor_daily_reach), and — through
 * AuditLogModule — the audit-log viewer and the per-send audit chain.
 */
@Module({
  imports: [AuditLogModule],
  controllers: [AnalyticsController],
  providers: [
    WindowStatsSource,
    RollupService,
    RollupTriggersListener,
    AnalyticsScheduler,
    RollupRequestService,
    RollupReader,
    AdvisorDirectory,
    AdvisorAnalyticsService,
    ClientDrilldownService,
    BranchRollupService,
  ],
})
export class AnalyticsModule {}
