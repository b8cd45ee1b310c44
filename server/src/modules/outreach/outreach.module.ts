import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { REDIS } from '../../common/core.module.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Client } from '../clients/client.entity.js';
import { SEND_HISTORY_SOURCE } from '../compliance/send-gate/send-history-source.js';
import { Material, MaterialVariant, MaterialVersion } from '../library/entities/material.entities.js';
import { StoredFile } from '../library/entities/stored-file.entities.js';
import { Department } from '../org/department.entity.js';
import { Staff } from '../org/staff.entity.js';
import { Segment } from '../segments/segment.entity.js';
import { SegmentsModule } from '../segments/segments.module.js';
import { AudienceResolver } from './campaigns/audience.js';
import { AudienceEvaluator } from './campaigns/audience-evaluator.js';
import { CampaignContent } from './campaigns/campaign-content.js';
import { CampaignJobs } from './campaigns/campaign-jobs.js';
import { CampaignPlanner } from './campaigns/campaign-planner.js';
import { CampaignProgress } from './campaigns/campaign-progress.js';
import { CampaignReports } from './campaigns/campaign-reports.js';
import { CampaignTasksReader } from './campaigns/campaign-tasks.reader.js';
import { CampaignsController } from './campaigns/campaigns.controller.js';
import { CampaignsService } from './campaigns/campaigns.service.js';
import { FanoutFaults } from './campaigns/fanout-faults.js';
import { GroupMsgReconciler } from './campaigns/groupmsg-reconciler.js';
import { PlanWriter } from './campaigns/plan-writer.js';
import { RecipientFactsLoader } from './campaigns/recipient-facts.loader.js';
import { ResultSync } from './campaigns/result-sync.js';
import { TaskMessageFactory } from './campaigns/task-message.js';
import { TaskSubmitter } from './campaigns/task-submitter.js';
import { OutreachContentService } from './content/outreach-content.service.js';
import { SendsHistorySource } from './history/send-history.source.js';
import { JobsController } from './jobs/jobs.controller.js';
import { MassSendsController } from './mass-sends/mass-sends.controller.js';
import { MassSendsService } from './mass-sends/mass-sends.service.js';
import { ShareRecorder } from './mass-sends/share-recorder.js';
import { MomentsContent } from './moments/moments-content.js';
import { MomentsController } from './moments/moments.controller.js';
import { MomentsPublisher } from './moments/moments-publisher.js';
import { MomentsService } from './moments/moments.service.js';
import { OUTREACH_ENTITIES } from './outreach.entities.js';
import { RedisRateLimiter } from './rate-limit/redis-rate-limiter.js';
import { bucketSettings, InProcessRateLimiter, rateLimitFromEnv, WECOM_RATE_LIMITER } from './rate-limit/wecom-rate-limiter.js';
import { SendsController } from './sends/sends.controller.js';
import { SendsService } from './sends/sends.service.js';
import { AdvisorTasksController } from './tasks/advisor-tasks.controller.js';
import { AdvisorTasksService } from './tasks/advisor-tasks.service.js';

/**
 * Outreach (DESIGN §4 data flows 2 and 4): one-click chat sends, the advisor's mass sends and shares,
 * moments, HQ campaigns → per-advisor WeCom tasks → per-client sends, result sync, reminders, and the
 * dead-letter view of the queue. Global because it provides SEND_HISTORY_SOURCE to the compliance gate.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([...OUTREACH_ENTITIES, Client, Staff, Department, Segment, Material, MaterialVersion, MaterialVariant, StoredFile]),
    SegmentsModule,
  ],
  controllers: [SendsController, CampaignsController, MassSendsController, MomentsController, AdvisorTasksController, JobsController],
  providers: [
    SendsHistorySource,
    { provide: SEND_HISTORY_SOURCE, useExisting: SendsHistorySource },
    {
      provide: WECOM_RATE_LIMITER,
      inject: [REDIS, APP_CONFIG],
      // WECOM_RATE_LIMIT_PER_MIN is read here until it joins the typed AppConfig.
      useFactory: (redis: Redis | null, config: AppConfig) => {
        const settings = bucketSettings(rateLimitFromEnv(process.env));
        return redis ? new RedisRateLimiter(redis, settings, `vl:${config.wecom.corpId}`) : new InProcessRateLimiter(settings);
      },
    },
    OutreachContentService,
    SendsService,
    CampaignTasksReader,
    AudienceResolver,
    AudienceEvaluator,
    RecipientFactsLoader,
    CampaignContent,
    PlanWriter,
    CampaignPlanner,
    CampaignProgress,
    CampaignReports,
    CampaignsService,
    TaskMessageFactory,
    GroupMsgReconciler,
    TaskSubmitter,
    ResultSync,
    FanoutFaults,
    CampaignJobs,
    MassSendsService,
    ShareRecorder,
    MomentsContent,
    MomentsService,
    MomentsPublisher,
    AdvisorTasksService,
  ],
  exports: [SEND_HISTORY_SOURCE, SendsHistorySource, CampaignPlanner, FanoutFaults],
})
export class OutreachModule {}
