import { Module } from '@nestjs/common';
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
export class TrackingModule {}
