import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { SENDABLE_CONTENT } from '../compliance/send-gate/sendable-content-source.js';
import { RECOMMENDATION_SOURCE } from '../portrait/profile/recommendation-source.js';
import { ActivitiesController } from './activities/activities.controller.js';
import { ActivitiesService } from './activities/activities.service.js';
import { CategoriesController } from './categories/categories.controller.js';
import { CategoriesService } from './categories/categories.service.js';
import { LIBRARY_ENTITIES } from './library.entities.js';
import { MaterialsController } from './materials/materials.controller.js';
import { MaterialsService } from './materials/materials.service.js';
import { UploadsService } from './media/uploads.service.js';
import { WecomMediaService } from './media/wecom-media.service.js';
import { PortraitReader } from './recommend/portrait-reader.js';
import { RecommendationsController } from './recommend/recommendations.controller.js';
import { RecommendationsService } from './recommend/recommendations.service.js';
import { ScriptsController } from './scripts/scripts.controller.js';
import { ScriptsService } from './scripts/scripts.service.js';
import { SendableContentService } from './send/sendable-content.service.js';
import { FILE_STORAGE } from './storage/file-storage.js';
import { LocalDiskStorage } from './storage/local-disk-storage.js';
import { S3Storage } from './storage/s3-storage.js';
import { ApprovalsController } from './versions/approvals.controller.js';
import { ContentListQuery } from './versions/content-list.query.js';
import { ContentStore } from './versions/content-store.js';
import { VersionHistoryService } from './versions/version-history.service.js';
import { VersionViews } from './versions/version-views.js';
import { VersionWorkflowService } from './versions/version-workflow.service.js';
import { VersionWriter } from './versions/version-writer.js';

/**
 * Content libraries (DESIGN §3): scripts, materials, activities, their versions and approval, files
 * and WeCom media, recommendations. Global because it provides SENDABLE_CONTENT to the compliance gate
 * and RECOMMENDATION_SOURCE to the client profile.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(LIBRARY_ENTITIES)],
  controllers: [
    CategoriesController,
    ScriptsController,
    MaterialsController,
    ActivitiesController,
    ApprovalsController,
    RecommendationsController,
  ],
  providers: [
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: ({ storage }: AppConfig) => (storage.kind === 's3' ? new S3Storage(storage) : new LocalDiskStorage(storage.root)),
    },
    ContentStore,
    ContentListQuery,
    VersionWriter,
    VersionViews,
    VersionWorkflowService,
    VersionHistoryService,
    CategoriesService,
    ScriptsService,
    MaterialsService,
    ActivitiesService,
    UploadsService,
    WecomMediaService,
    SendableContentService,
    { provide: SENDABLE_CONTENT, useExisting: SendableContentService },
    PortraitReader,
    RecommendationsService,
    { provide: RECOMMENDATION_SOURCE, useExisting: RecommendationsService },
  ],
  exports: [SENDABLE_CONTENT, RECOMMENDATION_SOURCE, WecomMediaService, SendableContentService, VersionWorkflowService, FILE_STORAGE],
})
export class LibraryModule {}
