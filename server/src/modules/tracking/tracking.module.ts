import { type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import express from 'express';
import { BeaconService } from './beacon/beacon.service.js';
import { LinkViewsRepository } from './beacon/link-views.repository.js';
import { LandingContentReader } from './landing/landing-content.reader.js';
import { LandingFileService } from './landing/landing-file.service.js';
import { LandingController } from './landing/landing.controller.js';
import { ContentDwellRecorder } from './reading/content-dwell.recorder.js';
import { ReadingSessionsRepository } from './reading/reading-sessions.repository.js';

/**
 * Tracked links (DESIGN §4 data flow 3): the client's landing page, its files and beacons (open, visible
 * dwell, scroll depth, product clicks, forwards). Emits link.opened / link.engaged for the feed, and writes
 * the client's reading sessions as content_dwell behaviour events for the portrait.
 */
@Module({
  controllers: [LandingController],
  providers: [LandingContentReader, LandingFileService, LinkViewsRepository, BeaconService, ReadingSessionsRepository, ContentDwellRecorder],
  exports: [LandingContentReader],
})
export class TrackingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // navigator.sendBeacon posts a string as text/plain (no CORS preflight anywhere); the app-wide
    // parser only reads JSON. Beacons are tiny: anything over 2 KB is refused by the parser (413).
    consumer.apply(express.text({ type: 'text/plain', limit: '2kb' })).forRoutes({ path: 't/:token/beacon', method: RequestMethod.POST });
  }
}
