import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { REDIS } from '../../common/core-lifecycle.js';
import { Staff } from '../org/staff.entity.js';
import { PROFILE_ALERT_SOURCE } from '../portrait/profile/alert-source.js';
import { AlertEvaluator } from './alerts/alert-evaluator.service.js';
import { AlertFactsLoader } from './alerts/alert-facts.loader.js';
import { AlertPublisher } from './alerts/alert-publisher.js';
import { AlertRulesService } from './alerts/alert-rules.service.js';
import { AlertSweepService } from './alerts/alert-sweep.service.js';
import { AlertTriggersListener } from './alerts/alert-triggers.listener.js';
import { AlertsController } from './alerts/alerts.controller.js';
import { AlertsService } from './alerts/alerts.service.js';
import { ProfileAlertsSource } from './alerts/profile-alerts.source.js';
import { ScriptSuggester } from './alerts/script-suggester.js';
import { FEED_ENTITIES } from './feed.entities.js';
import { FeedScheduler } from './feed-scheduler.js';
import { FEED_BUS, LocalFeedBus, RedisFeedBus } from './feed/feed-bus.js';
import { FeedStreamHub } from './feed/feed-stream.hub.js';
import { FeedController } from './feed/feed.controller.js';
import { FeedRepository } from './feed/feed.repository.js';
import { FeedService } from './feed/feed.service.js';
import { FeedWriter } from './feed/feed.writer.js';
import { AppEventsFeeder } from './feed/producers/app-events.feeder.js';
import { FollowChangeFeeder } from './feed/producers/follow-change.feeder.js';
import { ReadingSessionFeeder } from './feed/producers/reading-session.feeder.js';
import { SendFeeder } from './feed/producers/send.feeder.js';
import { FollowUpReminders } from './notes/follow-up-reminders.js';
import { FollowUpsController } from './notes/follow-ups.controller.js';
import { FollowUpsService } from './notes/follow-ups.service.js';

/**
 * Behaviour feed, alerts and follow-ups (DESIGN §4 data flow 3): listens to tracking, ingest, WeCom and
 * outreach domain events, writes readable feed items, evaluates HQ-configured alert rules, notifies
 * advisors by WeCom app message and streams both live over SSE. Global because it provides
 * PROFILE_ALERT_SOURCE to the client profile (the portrait module never imports the feed).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([...FEED_ENTITIES, Staff])],
  controllers: [FeedController, AlertsController, FollowUpsController],
  providers: [
    { provide: FEED_BUS, inject: [REDIS], useFactory: (redis: Redis | null) => (redis ? new RedisFeedBus(redis) : new LocalFeedBus()) },
    FeedRepository,
    FeedWriter,
    FeedService,
    FeedStreamHub,
    ReadingSessionFeeder,
    AppEventsFeeder,
    FollowChangeFeeder,
    SendFeeder,
    AlertRulesService,
    AlertFactsLoader,
    ScriptSuggester,
    AlertPublisher,
    AlertEvaluator,
    AlertTriggersListener,
    AlertSweepService,
    AlertsService,
    ProfileAlertsSource,
    { provide: PROFILE_ALERT_SOURCE, useExisting: ProfileAlertsSource },
    FollowUpsService,
    FollowUpReminders,
    FeedScheduler,
  ],
  exports: [FeedWriter, AlertsService, FollowUpsService, PROFILE_ALERT_SOURCE],
})
export class FeedModule {}
