import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SegmentQuery } from './segment-query.js';
import { Segment } from './segment.entity.js';
import { SegmentsController } from './segments.controller.js';
import { SegmentsService } from './segments.service.js';

/** Segments: a JSON filter language over clients, portraits, tags and metrics; SegmentsService is used by campaigns. */
@Module({
  imports: [TypeOrmModule.forFeature([Segment])],
  controllers: [SegmentsController],
  providers: [SegmentQuery, SegmentsService],
  exports: [SegmentsService],
})
export class SegmentsModule {}
